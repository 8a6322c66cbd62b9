package org.billingcenter.enterprise;

import java.time.LocalDate;

/** Active sites on a plan at one invoice date of the contract. */
public record PlanSitesPoint(LocalDate invoiceDate, SitePlan plan, long sites) {
}
