package org.billingcenter.enterprise;

/**
 * What a report table's column filters ask for; null means any. The site name matches anywhere,
 * ignoring case. Under the invoice-date columns: whether the site existed at the previous invoice
 * date (false: new in the period), and whether it is active at this invoice's date (false: in
 * All active sites, one deleted since the previous invoice that was active then).
 */
public record PortfolioFilter(String owner, SitePlan previousPlan, SitePlan currentPlan, String siteName, Boolean existedAtPrevious,
        Boolean activeAtCurrent) {

    public PortfolioFilter(String owner, SitePlan previousPlan, SitePlan currentPlan, String siteName) {
        this(owner, previousPlan, currentPlan, siteName, null, null);
    }

    public static PortfolioFilter none() {
        return new PortfolioFilter(null, null, null, null);
    }

    /** Whether every table row passes (a blank name search matches every name). */
    public boolean isNone() {
        return owner == null && previousPlan == null && currentPlan == null && (siteName == null || siteName.isBlank())
                && existedAtPrevious == null && activeAtCurrent == null;
    }
}
