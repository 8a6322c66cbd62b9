package org.billingcenter.shared.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Instants as the database keeps them: UTC wall-clock times, as Hibernate writes them
 * ({@code hibernate.jdbc.time_zone=UTC}), for the plain SQL that reads and writes beside it.
 */
public final class Utc {

    private Utc() {
    }

    /** The UTC wall-clock time to bind for {@code instant}. */
    public static LocalDateTime wallClock(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** The instant a UTC wall-clock time read back stands for; null stays null. */
    public static Instant instant(LocalDateTime utcWallClock) {
        return utcWallClock == null ? null : utcWallClock.toInstant(ZoneOffset.UTC);
    }

    /** The same, from a column read as a {@link Timestamp}. */
    public static Instant instant(Timestamp utcWallClock) {
        return utcWallClock == null ? null : instant(utcWallClock.toLocalDateTime());
    }
}
