package org.billingcenter.enterprise;

import java.util.List;

/** What the portfolio generator wrote. */
public record GeneratedPortfolio(List<Long> contractIds, int sites, int planChanges, int invoices) {
}
