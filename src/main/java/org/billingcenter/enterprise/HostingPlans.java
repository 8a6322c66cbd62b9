package org.billingcenter.enterprise;

import java.util.Comparator;
import java.util.List;

import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.tenant.TenantDefinition;
import org.billingcenter.tenant.TenantDefinition.HostingPlan;
import org.billingcenter.tenant.TenantRegistry;
import org.springframework.stereotype.Component;

/**
 * The hosting plans of a tenant as its file lists them, smallest first: which plan carries a
 * month's traffic, whether a code is one of them, and their rank for comparisons inside SQL.
 */
@Component
public class HostingPlans {

    private final TenantRegistry tenants;

    HostingPlans(TenantRegistry tenants) {
        this.tenants = tenants;
    }

    /** The current tenant's plans, smallest first. */
    public List<HostingPlan> current() {
        return tenants.current().plans();
    }

    List<SitePlan> codes(String tenantId) {
        return of(tenantId).stream().map(plan -> SitePlan.of(plan.code())).toList();
    }

    /** The plan of the current tenant with that code; an unknown code is refused with its text. */
    HostingPlan require(SitePlan plan) {
        return current().stream().filter(p -> p.code().equals(plan.code())).findFirst()
                .orElseThrow(() -> new BusinessRuleException("enterprise.plan.unknown", plan.code()));
    }

    /** Finds a plan by its code or its name, as a person types either in a CSV file. */
    SitePlan parse(String text) {
        String wanted = text == null ? "" : text.strip();
        return current().stream().filter(p -> p.code().equalsIgnoreCase(wanted) || p.name().equalsIgnoreCase(wanted))
                .findFirst().map(p -> SitePlan.of(p.code()))
                .orElseThrow(() -> new BusinessRuleException("enterprise.plan.unknown", wanted));
    }

    /** The plan's name in the tenant file; the bare code for a plan the file no longer lists. */
    public String name(SitePlan plan) {
        if (plan == null) {
            return "";
        }
        return current().stream().filter(p -> p.code().equals(plan.code())).findFirst().map(HostingPlan::name).orElse(plan.code());
    }

    /** The current tenant's plans as codes, smallest first. */
    public List<SitePlan> codes() {
        return current().stream().map(plan -> SitePlan.of(plan.code())).toList();
    }

    /** Smallest plan first; a code the file no longer lists goes last. */
    Comparator<SitePlan> upgradeOrder() {
        List<SitePlan> order = codes();
        return Comparator.comparingInt(plan -> order.contains(plan) ? order.indexOf(plan) : Integer.MAX_VALUE);
    }

    boolean carries(SitePlan plan, long monthlyTraffic) {
        return require(plan).carries(monthlyTraffic);
    }

    /** The smallest plan that carries the traffic (the last plan carries any). */
    SitePlan forTraffic(long monthlyTraffic) {
        return current().stream().filter(plan -> plan.carries(monthlyTraffic)).findFirst().map(p -> SitePlan.of(p.code()))
                .orElseThrow();
    }

    /** SQL ranking a plan column in the tenant's upgrade order; codes are validated upper-case words, so safe to inline. */
    String rankSql(String tenantId, String column) {
        StringBuilder sql = new StringBuilder("CASE ").append(column);
        List<HostingPlan> plans = of(tenantId);
        for (int rank = 0; rank < plans.size(); rank++) {
            sql.append(" WHEN '").append(plans.get(rank).code()).append("' THEN ").append(rank);
        }
        return sql.append(" ELSE -1 END").toString();
    }

    private List<HostingPlan> of(String tenantId) {
        return tenants.find(tenantId).map(TenantDefinition::plans).orElse(List.of());
    }
}
