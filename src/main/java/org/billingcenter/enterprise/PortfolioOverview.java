package org.billingcenter.enterprise;

import java.util.List;
import java.util.Map;

/** Everything the report's first screen shows before any table page: heading, owner filter, both charts and each table's size. */
public record PortfolioOverview(PortfolioHeader header, List<String> owners, List<PlanCount> sitesByPlan,
        List<ActiveSitesPoint> activeSitesOverTime, Map<PortfolioTable, Long> tableSizes) {

    public PortfolioOverview {
        owners = List.copyOf(owners);
        sitesByPlan = List.copyOf(sitesByPlan);
        activeSitesOverTime = List.copyOf(activeSitesOverTime);
        tableSizes = Map.copyOf(tableSizes);
    }

    public long tableSize(PortfolioTable table) {
        return tableSizes.getOrDefault(table, 0L);
    }
}
