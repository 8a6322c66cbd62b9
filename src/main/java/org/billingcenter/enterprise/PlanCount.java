package org.billingcenter.enterprise;

/** How many sites are on a plan. */
public record PlanCount(SitePlan plan, long sites) {
}
