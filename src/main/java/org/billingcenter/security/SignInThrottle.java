package org.billingcenter.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Slows down guessing. After a few failures for one account (or from one address) each further
 * attempt must wait, the wait doubling up to a cap; it never locks anyone out for good, so an
 * attacker cannot deny the real owner access by failing on purpose for longer than the cap.
 */
@Component
class SignInThrottle {

    static final int FREE_ATTEMPTS = 5;
    static final Duration FIRST_WAIT = Duration.ofSeconds(2);
    static final Duration MAX_WAIT = Duration.ofMinutes(15);
    private static final int MAX_TRACKED = 100_000;

    private record Failures(int count, Instant last) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the caller must still wait before trying this key again (zero when free to try). */
    Duration waitFor(String key) {
        Failures current = failures.get(key);
        if (current == null || current.count() < FREE_ATTEMPTS) {
            return Duration.ZERO;
        }
        Instant allowedAt = current.last().plus(waitAfter(current.count()));
        Duration left = Duration.between(clock.instant(), allowedAt);
        return left.isNegative() ? Duration.ZERO : left;
    }

    void failed(String key) {
        if (failures.size() > MAX_TRACKED) {
            forgetOld();
        }
        failures.merge(key, new Failures(1, clock.instant()), (old, one) -> new Failures(old.count() + 1, one.last()));
    }

    void succeeded(String key) {
        failures.remove(key);
    }

    static Duration waitAfter(int failureCount) {
        int doublings = Math.min(failureCount - FREE_ATTEMPTS, 20);
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
    }

    private void forgetOld() {
        Instant horizon = clock.instant().minus(MAX_WAIT.multipliedBy(2));
        failures.values().removeIf(f -> f.last().isBefore(horizon));
    }
}
