package org.billingcenter.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.billingcenter.support.MutableClock;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final SignInThrottle throttle = new SignInThrottle(clock);

    @Test
    void theFirstFailuresAreFreeThenTheWaitDoublesUpToACap() {
        for (int i = 0; i < SignInThrottle.FREE_ATTEMPTS - 1; i++) {
            throttle.failed("k");
        }
        assertThat(throttle.waitFor("k")).isZero();
        throttle.failed("k");
        assertThat(throttle.waitFor("k")).isEqualTo(Duration.ofSeconds(2));
        throttle.failed("k");
        assertThat(throttle.waitFor("k")).isEqualTo(Duration.ofSeconds(4));
        for (int i = 0; i < 40; i++) {
            throttle.failed("k");
        }
        assertThat(throttle.waitFor("k")).isEqualTo(SignInThrottle.MAX_WAIT);
        clock.advance(SignInThrottle.MAX_WAIT);
        assertThat(throttle.waitFor("k")).isZero();
    }

    @Test
    void successClearsTheRecordAndOtherKeysAreUntouched() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("a");
        }
        assertThat(throttle.waitFor("b")).isZero();
        throttle.succeeded("a");
        assertThat(throttle.waitFor("a")).isZero();
    }
}
