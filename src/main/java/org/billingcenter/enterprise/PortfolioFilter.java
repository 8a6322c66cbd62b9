package org.billingcenter.enterprise;

/** What the report's filters ask for; null means any. The site name matches anywhere, ignoring case. */
public record PortfolioFilter(String owner, SitePlan previousPlan, SitePlan currentPlan, String siteName) {

    public static PortfolioFilter none() {
        return new PortfolioFilter(null, null, null, null);
    }

    /** Whether every table row passes (a blank name search matches every name). */
    public boolean isNone() {
        return owner == null && previousPlan == null && currentPlan == null && (siteName == null || siteName.isBlank());
    }
}
