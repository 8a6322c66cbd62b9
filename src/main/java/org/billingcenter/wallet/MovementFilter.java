package org.billingcenter.wallet;

import java.time.LocalDate;
import java.util.Set;


/** Which movements to list: a day range (inclusive, either end open) and kinds (empty means all). */
public record MovementFilter(LocalDate from, LocalDate to, Set<MovementKind> kinds) {

    public static MovementFilter all() {
        return new MovementFilter(null, null, Set.of());
    }

    LocalDate fromOrMin() {
        return from == null ? LocalDate.of(1970, 1, 1) : from;
    }

    LocalDate toOrMax() {
        return to == null ? LocalDate.of(9999, 12, 31) : to;
    }

    Set<MovementKind> kindsOrAll() {
        return kinds == null || kinds.isEmpty() ? Set.of(MovementKind.values()) : kinds;
    }
}
