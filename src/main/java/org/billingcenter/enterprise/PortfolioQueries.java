package org.billingcenter.enterprise;

import java.util.ArrayList;
import java.util.List;

import org.billingcenter.shared.persistence.LikePattern;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The WHERE clause of a report table: always the tenant and the invoice, then the table's flag
 * and the filters. Every condition is a bind parameter; only column names come from code.
 */
final class PortfolioQueries {

    static final String COLUMNS = "site_id, site_name, owner, previous_plan, current_plan, created_on, deactivated_on";

    private PortfolioQueries() {
    }

    static String where(PortfolioTable table, PortfolioFilter filter, MapSqlParameterSource params) {
        List<String> conditions = new ArrayList<>(List.of("tenant_id = :tenant", "invoice_id = :invoice", table.column() + " = TRUE"));
        if (filter.owner() != null) {
            conditions.add("owner = :owner");
            params.addValue("owner", filter.owner());
        }
        if (filter.previousPlan() != null) {
            conditions.add("previous_plan = :previousPlan");
            params.addValue("previousPlan", filter.previousPlan().code());
        }
        if (filter.currentPlan() != null) {
            conditions.add("current_plan = :currentPlan");
            params.addValue("currentPlan", filter.currentPlan().code());
        }
        if (filter.siteName() != null && !filter.siteName().isBlank()) {
            conditions.add("LOWER(site_name) LIKE :name ESCAPE '!'");
            params.addValue("name", LikePattern.containing(filter.siteName().strip().toLowerCase(java.util.Locale.ROOT)));
        }
        if (filter.existedAtPrevious() != null) {
            conditions.add(filter.existedAtPrevious() ? "previous_plan IS NOT NULL" : "previous_plan IS NULL");
        }
        if (filter.activeAtCurrent() != null) {
            conditions.add(filter.activeAtCurrent() ? "active = TRUE" : "active = FALSE");
        }
        return " WHERE " + String.join(" AND ", conditions);
    }

}
