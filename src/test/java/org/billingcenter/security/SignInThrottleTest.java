package org.billingcenter.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private static final Instant LAST = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void theFirstFailuresAreFreeThenTheWaitDoublesUpToACap() {
        assertThat(SignInThrottle.waitLeft(SignInThrottle.FREE_ATTEMPTS - 1, LAST, LAST)).isZero();
        assertThat(SignInThrottle.waitLeft(SignInThrottle.FREE_ATTEMPTS, LAST, LAST)).isEqualTo(Duration.ofSeconds(2));
        assertThat(SignInThrottle.waitLeft(SignInThrottle.FREE_ATTEMPTS + 1, LAST, LAST)).isEqualTo(Duration.ofSeconds(4));
        assertThat(SignInThrottle.waitLeft(SignInThrottle.FREE_ATTEMPTS + 40, LAST, LAST)).isEqualTo(SignInThrottle.MAX_WAIT);
        assertThat(SignInThrottle.waitLeft(SignInThrottle.FREE_ATTEMPTS + 40, LAST, LAST.plus(SignInThrottle.MAX_WAIT))).isZero();
    }
}
