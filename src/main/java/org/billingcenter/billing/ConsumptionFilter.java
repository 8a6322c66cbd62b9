package org.billingcenter.billing;

import java.time.LocalDate;

/** Consumption details filter; null fields do not filter. */
public record ConsumptionFilter(Long workspaceId, String itemCode, LocalDate from, LocalDate to) {

    public static final ConsumptionFilter ALL = new ConsumptionFilter(null, null, null, null);

    LocalDate fromOrMin() {
        return from == null ? LocalDate.of(1970, 1, 1) : from;
    }

    LocalDate toOrMax() {
        return to == null ? LocalDate.of(9999, 12, 31) : to;
    }
}
