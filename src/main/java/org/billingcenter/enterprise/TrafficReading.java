package org.billingcenter.enterprise;

/** One site's traffic for the month so far, as the hosting platform measured it. */
public record TrafficReading(long siteId, long monthlyTraffic) {
}
