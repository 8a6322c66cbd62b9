package org.billingcenter.billing;

import java.time.Instant;

/**
 * A billing run as operators follow it: a day's rating ({@code DAY}, period {@code 2026-11-14})
 * or a month's bill run ({@code MONTH}, period {@code 2026-11}); {@code done} of {@code total} in
 * its current step.
 */
public record RunStatus(String kind, String period, String status, String step, int done, int total, Instant startedAt,
        Instant finishedAt, String message) {

    public boolean finished() {
        return "DONE".equals(status);
    }
}
