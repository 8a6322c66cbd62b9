package org.billingcenter.enterprise;

import java.math.BigDecimal;
import java.util.Map;

/**
 * How shared costs (overage, the platform fee, and allotted sites of a plan nobody uses) reach
 * departments: in proportion to active sites, to traffic, or by fixed percentages that total 100.
 * In percentages, the key {@link ChargebackService#UNTAGGED} stands for sites without a department.
 */
public record SharedCostRule(Basis basis, Map<String, BigDecimal> percentages) {

    public enum Basis {
        SITE_COUNT, TRAFFIC, FIXED_PERCENTAGES
    }

    public SharedCostRule {
        percentages = percentages == null ? Map.of() : Map.copyOf(percentages);
    }

    public static SharedCostRule bySiteCount() {
        return new SharedCostRule(Basis.SITE_COUNT, Map.of());
    }

    public static SharedCostRule byTraffic() {
        return new SharedCostRule(Basis.TRAFFIC, Map.of());
    }

    public static SharedCostRule fixed(Map<String, BigDecimal> percentages) {
        return new SharedCostRule(Basis.FIXED_PERCENTAGES, percentages);
    }
}
