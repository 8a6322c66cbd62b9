package org.billingcenter.enterprise;

import java.util.Arrays;

/**
 * Hosting plans, smallest first; the order is the upgrade order. A site whose monthly traffic
 * passes its plan's limit moves up to the smallest plan that carries it.
 */
public enum SitePlan {
    STARTER(50_000), BUSINESS(250_000), PREMIUM(1_000_000), ENTERPRISE(Long.MAX_VALUE);

    private final long trafficLimit;

    SitePlan(long trafficLimit) {
        this.trafficLimit = trafficLimit;
    }

    public long trafficLimit() {
        return trafficLimit;
    }

    public boolean carries(long monthlyTraffic) {
        return monthlyTraffic <= trafficLimit;
    }

    /** The smallest plan that carries the traffic. */
    public static SitePlan forTraffic(long monthlyTraffic) {
        return Arrays.stream(values()).filter(plan -> plan.carries(monthlyTraffic)).findFirst().orElseThrow();
    }

    /** SQL that ranks a plan column the way {@link #ordinal()} does, for comparisons inside queries. */
    static String rankSql(String column) {
        StringBuilder sql = new StringBuilder("CASE ").append(column);
        for (SitePlan plan : values()) {
            sql.append(" WHEN '").append(plan.name()).append("' THEN ").append(plan.ordinal());
        }
        return sql.append(" END").toString();
    }
}
