package org.billingcenter.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows down guessing. After a few failures for one account (or from one address) each further
 * attempt must wait, the wait doubling up to a cap; it never locks anyone out for good, so an
 * attacker cannot deny the real owner access by failing on purpose for longer than the cap.
 * <p>
 * An attempt is counted as a failure before its password is checked ({@link #reserve}), under a
 * row lock, and given back only when it succeeds: a burst of parallel guesses cannot all pass the
 * check before the first of them fails. The counts live in the database, so several nodes of the
 * application share them.
 */
@Component
class SignInThrottle {

    static final int FREE_ATTEMPTS = 5;
    static final Duration FIRST_WAIT = Duration.ofSeconds(2);
    static final Duration MAX_WAIT = Duration.ofMinutes(15);
    /** Failures this old are forgotten: the next attempt starts a new count. */
    static final Duration FORGET_AFTER = MAX_WAIT.multipliedBy(2);

    private record Failures(int count, Instant last) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SignInThrottle(JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Takes one attempt for the key: zero when the caller may go on (the attempt now counts as a
     * failure until {@link #succeeded} or {@link #giveBack}), otherwise how long it must still wait.
     */
    Duration reserve(String key) {
        String id = hash(key);
        return transactions.execute(status -> {
            Instant now = clock.instant();
            // An upsert takes the row's exclusive lock whether it inserts or meets the row, so
            // concurrent attempts on one key queue here instead of deadlocking on shared locks.
            jdbc.update("INSERT INTO sign_in_attempt (key_hash, failures, last_failure) VALUES (?, 0, ?)"
                    + " ON DUPLICATE KEY UPDATE failures = failures", id, utc(now));
            Failures current = jdbc.queryForObject("SELECT failures, last_failure FROM sign_in_attempt WHERE key_hash = ? FOR UPDATE",
                    (row, n) -> new Failures(row.getInt(1), row.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC)), id);
            int failures = current.last().isBefore(now.minus(FORGET_AFTER)) ? 0 : current.count();
            Duration wait = waitLeft(failures, current.last(), now);
            if (wait.isZero()) {
                jdbc.update("UPDATE sign_in_attempt SET failures = ?, last_failure = ? WHERE key_hash = ?", failures + 1, utc(now), id);
            }
            return wait;
        });
    }

    /** The right password for this key: its count starts again. */
    void succeeded(String key) {
        String id = hash(key);
        transactions.executeWithoutResult(status -> jdbc.update("DELETE FROM sign_in_attempt WHERE key_hash = ?", id));
    }

    /**
     * Returns the reserved attempt without clearing earlier failures: a success on one account
     * must not wipe what the same address failed on others.
     */
    void giveBack(String key) {
        String id = hash(key);
        transactions.executeWithoutResult(
                status -> jdbc.update("UPDATE sign_in_attempt SET failures = GREATEST(failures - 1, 0) WHERE key_hash = ?", id));
    }

    /** How long a key with this many failures, the last at {@code last}, must still wait at {@code now}. */
    static Duration waitLeft(int failures, Instant last, Instant now) {
        if (failures < FREE_ATTEMPTS) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(now, last.plus(waitAfter(failures)));
        return left.isNegative() ? Duration.ZERO : left;
    }

    static Duration waitAfter(int failureCount) {
        int doublings = Math.min(failureCount - FREE_ATTEMPTS, 20);
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void forgetOld() {
        LocalDateTime horizon = utc(clock.instant().minus(FORGET_AFTER));
        transactions.executeWithoutResult(status -> jdbc.update("DELETE FROM sign_in_attempt WHERE last_failure < ?", horizon));
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
