package org.billingcenter.account;

import java.time.Instant;

/** A sign-in as the person's own list shows it. */
public record RecentSignIn(Instant at, String address, String userAgent) {
}
