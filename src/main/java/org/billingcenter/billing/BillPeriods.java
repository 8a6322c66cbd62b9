package org.billingcenter.billing;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Which months of an account's bills to list: from and to, both included; null leaves that end open. */
public record BillPeriods(YearMonth from, YearMonth to) {

    public static final BillPeriods ALL = new BillPeriods(null, null);

    /** The SQL condition on {@code b.period}, stored as yyyy-MM, which sorts as the months do. */
    String where() {
        return (from == null ? "" : " AND b.period >= ?") + (to == null ? "" : " AND b.period <= ?");
    }

    /** The condition's arguments after the ones given. */
    Object[] arguments(Object... before) {
        List<Object> arguments = new ArrayList<>(List.of(before));
        if (from != null) {
            arguments.add(from.toString());
        }
        if (to != null) {
            arguments.add(to.toString());
        }
        return arguments.toArray();
    }
}
