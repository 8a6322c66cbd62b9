package org.billingcenter.enterprise;

import java.util.List;

/**
 * What became of a batch of monthly traffic figures. A batch with any bad row is refused whole
 * ({@code refused}, every bad row in {@code errors}, nothing recorded); otherwise every figure is
 * recorded and {@code upgrades} lists the sites that moved to a bigger plan.
 */
public record TrafficReport(int received, int recorded, boolean refused, List<Upgrade> upgrades, List<RowError> errors) {

    public TrafficReport {
        upgrades = List.copyOf(upgrades);
        errors = List.copyOf(errors);
    }

    public record Upgrade(long siteId, String fromPlan, String toPlan) {
    }

    /** Rows count from 1 in the order sent (a CSV's header is not a row). */
    public record RowError(int row, Long siteId, String reason) {
    }
}
