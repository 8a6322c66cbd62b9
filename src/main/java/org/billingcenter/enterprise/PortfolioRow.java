package org.billingcenter.enterprise;

import java.time.LocalDate;

/** One site in a table of the report; the previous plan is empty for a site that did not exist at the previous invoice. */
public record PortfolioRow(long siteId, String siteName, String owner, SitePlan previousPlan, SitePlan currentPlan,
        LocalDate createdOn, LocalDate deactivatedOn) {
}
