package org.billingcenter.enterprise;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the report's first screen shows about an invoice's portfolio without filters — the size of
 * each table, the active sites per plan, the site owners — counted once when the invoice is issued.
 * An issued invoice's portfolio never changes, so these stay true, and opening the report of a
 * 100,000-site portfolio reads a handful of rows instead of counting and grouping all of them.
 */
@Component
class PortfolioFacts {

    private final NamedParameterJdbcTemplate jdbc;

    private final HostingPlans plans;

    PortfolioFacts(NamedParameterJdbcTemplate jdbc, HostingPlans plans) {
        this.plans = plans;
        this.jdbc = jdbc;
    }

    /** Counts the freshly written portfolio of the invoice (inside the issuing transaction). */
    void record(long invoiceId) {
        MapSqlParameterSource params = new MapSqlParameterSource("invoice", invoiceId);
        jdbc.update("""
                INSERT INTO ent_invoice_plan_sites (invoice_id, tenant_id, plan, active_sites)
                SELECT invoice_id, tenant_id, current_plan, COUNT(*) FROM ent_invoice_site WHERE invoice_id = :invoice AND active = TRUE
                GROUP BY invoice_id, tenant_id, current_plan""", params);
        jdbc.update("""
                INSERT INTO ent_invoice_owner (invoice_id, tenant_id, owner)
                SELECT invoice_id, MIN(tenant_id), owner FROM ent_invoice_site WHERE invoice_id = :invoice GROUP BY invoice_id, owner""",
                params);
        jdbc.update("""
                UPDATE ent_invoice SET
                    active_sites = (SELECT COUNT(*) FROM ent_invoice_site s WHERE s.invoice_id = :invoice AND s.active = TRUE),
                    listed_active_sites = (SELECT COUNT(*) FROM ent_invoice_site s WHERE s.invoice_id = :invoice AND s.listed_active = TRUE),
                    upgraded_sites = (SELECT COUNT(*) FROM ent_invoice_site s WHERE s.invoice_id = :invoice AND s.upgraded = TRUE),
                    new_over_sites = (SELECT COUNT(*) FROM ent_invoice_site s WHERE s.invoice_id = :invoice AND s.new_over = TRUE),
                    deactivated_sites = (SELECT COUNT(*) FROM ent_invoice_site s WHERE s.invoice_id = :invoice AND s.deactivated = TRUE)
                WHERE id = :invoice""", params);
    }

    /** The rows of each table without filters. */
    Map<PortfolioTable, Long> tableSizes(MapSqlParameterSource scope) {
        Map<PortfolioTable, Long> sizes = new EnumMap<>(PortfolioTable.class);
        jdbc.query("""
                SELECT upgraded_sites, new_over_sites, listed_active_sites, deactivated_sites FROM ent_invoice
                WHERE id = :invoice AND tenant_id = :tenant""", scope, rs -> {
                    sizes.put(PortfolioTable.UPGRADED, rs.getLong(1));
                    sizes.put(PortfolioTable.NEW_OVER_CONTRACT, rs.getLong(2));
                    sizes.put(PortfolioTable.ACTIVE, rs.getLong(3));
                    sizes.put(PortfolioTable.DEACTIVATED, rs.getLong(4));
                });
        return sizes;
    }

    long tableSize(MapSqlParameterSource scope, PortfolioTable table) {
        return tableSizes(scope).getOrDefault(table, 0L);
    }

    /** Active sites per plan at the invoice date, in plan order; plans without sites are left out. */
    List<PlanCount> sitesByPlan(MapSqlParameterSource scope) {
        List<PlanCount> counts = new ArrayList<>();
        jdbc.query("SELECT plan, active_sites FROM ent_invoice_plan_sites WHERE invoice_id = :invoice AND tenant_id = :tenant", scope,
                rs -> {
                    counts.add(new PlanCount(SitePlan.of(rs.getString(1)), rs.getLong(2)));
                });
        counts.sort(java.util.Comparator.comparing(PlanCount::plan, plans.upgradeOrder()));
        return counts;
    }

    List<String> owners(MapSqlParameterSource scope) {
        return jdbc.queryForList("SELECT owner FROM ent_invoice_owner WHERE invoice_id = :invoice AND tenant_id = :tenant ORDER BY owner",
                scope, String.class);
    }
}
