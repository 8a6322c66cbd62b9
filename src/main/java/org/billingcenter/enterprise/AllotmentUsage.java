package org.billingcenter.enterprise;

/** One plan of a contract: the sites it includes and the sites on it now (active, neither frozen nor a sandbox). */
public record AllotmentUsage(SitePlan plan, int included, long inUse) {

    /** Sites now beyond what the contract includes; they are billed at the overage price. */
    public long beyond() {
        return Math.max(0, inUse - included);
    }
}
