package org.billingcenter.shared.persistence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * IN lists for plain SQL, in few shapes: the driver's statement cache then holds every shape a
 * query takes, where a list of each length would be a statement of its own.
 */
public final class InLists {

    private InLists() {
    }

    /** The list repeated at its end up to the next power of two; repeats change no result of an IN list. */
    public static <T> List<T> padded(List<T> values) {
        if (values.isEmpty()) {
            return values;
        }
        int size = values.size() == 1 ? 1 : Integer.highestOneBit(values.size() - 1) << 1;
        List<T> padded = new ArrayList<>(values);
        while (padded.size() < size) {
            padded.add(values.getLast());
        }
        return padded;
    }

    /** {@code (tenant_id, key) IN ((?, ?), …)} for {@code count} pairs: one look-up in a unique index each. */
    public static String tenantPairs(String key, int count) {
        return "(tenant_id, " + key + ") IN (" + String.join(", ", Collections.nCopies(count, "(?, ?)")) + ")";
    }

    /** The parameters of {@link #tenantPairs}: the tenant before each value. */
    public static List<Object> tenantPairArguments(String tenant, List<?> values) {
        List<Object> args = new ArrayList<>(2 * values.size());
        values.forEach(value -> {
            args.add(tenant);
            args.add(value);
        });
        return args;
    }

    /** The tenant, then the values: for {@code tenant_id = ? AND column IN (…)}. */
    public static List<Object> tenantThen(String tenant, List<?> values) {
        List<Object> args = new ArrayList<>(values.size() + 8);
        args.add(tenant);
        args.addAll(values);
        return args;
    }
}
