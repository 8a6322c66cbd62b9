package org.billingcenter.audit;

import java.time.Clock;

import org.springframework.stereotype.Component;

/**
 * Hands the application's clock to the revision listener, which Envers creates itself: revision
 * times then come from the same "now" as every other time the application records.
 */
@Component
class RevisionClock {

    private static volatile Clock clock = Clock.systemUTC();

    RevisionClock(Clock applicationClock) {
        clock = applicationClock;
    }

    static long nowMillis() {
        return clock.millis();
    }
}
