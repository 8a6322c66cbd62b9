package org.billingcenter.wallet;

import java.time.LocalDate;
import java.util.Set;


/** Which movements to list: a day range (inclusive, either end open) and kinds (empty means all). */
public record MovementFilter(LocalDate from, LocalDate to, Set<MovementKind> kinds) {

    public static MovementFilter all() {
        return new MovementFilter(null, null, Set.of());
    }
}
