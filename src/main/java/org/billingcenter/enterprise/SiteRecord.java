package org.billingcenter.enterprise;

import java.time.LocalDate;

/** A site as the portfolio shows it. */
public record SiteRecord(long id, long contractId, String name, String owner, String department, SitePlan plan,
        SiteStatus status, LocalDate createdOn, LocalDate planChangedOn, LocalDate deactivatedOn, long monthlyTraffic,
        boolean deleted) {
}
