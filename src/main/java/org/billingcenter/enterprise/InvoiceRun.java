package org.billingcenter.enterprise;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues one contract invoice: fixes the period's portfolio (each site's plans at the two invoice
 * dates and the report tables it belongs to) in one INSERT … SELECT, marks the new sites over the
 * allotment, prices the lines from the allotments, and counts what the report's first screen shows
 * ({@link PortfolioFacts}). Runs inside the caller's transaction.
 */
@Component
class InvoiceRun {

    private static final String PLAN_AT = "COALESCE((SELECT c.to_plan FROM ent_site_plan_change c WHERE c.site_id = s.id"
            + " AND c.changed_on < %s ORDER BY c.changed_on DESC, c.id DESC LIMIT 1), s.initial_plan)";

    /** An unknown owner is kept as '' in the invoice's portfolio, which the report shows as not determined. */
    private static final String SNAPSHOT = """
            INSERT INTO ent_invoice_site (invoice_id, site_id, tenant_id, site_name, owner, department, previous_plan,
                current_plan, created_on, deactivated_on, traffic, upgraded, new_over, active, deactivated, listed_active)
            SELECT :invoice, x.id, x.tenant_id, x.name, x.owner, x.department, x.prev_plan, x.cur_plan, x.created_on,
                x.deactivated_on, x.monthly_traffic,
                CASE WHEN x.prev_plan IS NOT NULL AND x.auto_up > 0 AND %1$s > %2$s THEN TRUE ELSE FALSE END,
                FALSE, x.active, x.deactivated, x.active OR x.left_active
            FROM (SELECT s.id, s.tenant_id, s.name, COALESCE(s.owner, '') AS owner, s.department, s.created_on, s.monthly_traffic,
                    CASE WHEN s.deactivated_on < :curr THEN s.deactivated_on END AS deactivated_on,
                    CASE WHEN s.created_on < :prev THEN %3$s END AS prev_plan,
                    %4$s AS cur_plan,
                    (SELECT COUNT(*) FROM ent_site_plan_change u WHERE u.site_id = s.id AND u.automatic = TRUE
                        AND u.changed_on >= :prev AND u.changed_on < :curr) AS auto_up,
                    CASE WHEN s.status <> 'SANDBOX' AND (s.deactivated_on IS NULL OR s.deactivated_on >= :curr)
                        AND (s.frozen_on IS NULL OR s.frozen_on >= :curr) THEN TRUE ELSE FALSE END AS active,
                    CASE WHEN s.deactivated_on >= :prev AND s.deactivated_on < :curr THEN TRUE ELSE FALSE END AS deactivated,
                    CASE WHEN s.deleted = TRUE AND s.deactivated_on >= :prev AND s.deactivated_on < :curr AND s.created_on < :prev
                        AND (s.frozen_on IS NULL OR s.frozen_on >= :prev) THEN TRUE ELSE FALSE END AS left_active
                FROM ent_site s
                WHERE s.tenant_id = :tenant AND s.contract_id = :contract AND s.created_on < :curr
                  AND (s.deactivated_on IS NULL OR s.deactivated_on >= :prev)) x
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final EntityManager entityManager;
    private final ContractRepository contracts;
    private final AllotmentRepository allotments;
    private final PortfolioFacts facts;
    private final HostingPlans plans;
    private final EnterpriseProperties settings;

    InvoiceRun(NamedParameterJdbcTemplate jdbc, EntityManager entityManager, ContractRepository contracts,
            AllotmentRepository allotments, PortfolioFacts facts, HostingPlans plans,
            EnterpriseProperties settings) {
        this.settings = settings;
        this.facts = facts;
        this.plans = plans;
        this.jdbc = jdbc;
        this.entityManager = entityManager;
        this.contracts = contracts;
        this.allotments = allotments;
    }

    /** Issues the invoice of the contract dated {@code invoiceDate}, for the period since {@code previousDate}. */
    @Transactional(propagation = Propagation.MANDATORY)
    long issue(long contractId, LocalDate previousDate, LocalDate invoiceDate, InvoiceStatus status) {
        Contract contract = contracts.findById(contractId).orElseThrow();
        long sequence = jdbc.queryForObject("SELECT COUNT(*) FROM ent_invoice WHERE contract_id = :c", Map.of("c", contractId),
                Long.class) + 1;
        ContractInvoice invoice = new ContractInvoice(contract.getAccountId(), contractId,
                contract.getNumber() + "-" + String.format("%03d", sequence), previousDate, invoiceDate, contract.getPaymentMethod(),
                contract.getCurrency(), invoiceDate.plusDays(settings.paymentDays()));
        entityManager.persist(invoice);
        entityManager.flush();
        long id = invoice.getId();
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("invoice", id).addValue("prev", previousDate)
                .addValue("curr", invoiceDate).addValue("tenant", contract.getTenantId()).addValue("contract", contractId);
        String tenant = contract.getTenantId();
        jdbc.update(SNAPSHOT.formatted(plans.rankSql(tenant, "x.cur_plan"), plans.rankSql(tenant, "x.prev_plan"),
                PLAN_AT.formatted(":prev"), PLAN_AT.formatted(":curr")), params);

        int months = Math.max(1, (int) Period.between(previousDate, invoiceDate).toTotalMonths());
        List<Object[]> lines = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Allotment allotment : allotments.findByContractIdOrderByPlan(contractId)) {
            int active = jdbc.queryForObject("""
                    SELECT COUNT(*) FROM ent_invoice_site WHERE invoice_id = :invoice AND active = TRUE AND current_plan = :plan""",
                    params.addValue("plan", allotment.getPlan().code()), Integer.class);
            total = total.add(line(lines, id, InvoiceLineKind.PLAN, allotment.getPlan(), allotment.getSites(), months,
                    allotment.getMonthlyPrice()));
            int excess = active - allotment.getSites();
            if (excess > 0) {
                markNewOverContract(params, previousDate, excess);
                total = total.add(line(lines, id, InvoiceLineKind.OVERAGE, allotment.getPlan(), excess, months,
                        allotment.getOveragePrice()));
            }
        }
        if (contract.getPlatformFee().signum() > 0) {
            total = total.add(line(lines, id, InvoiceLineKind.PLATFORM_FEE, null, 1, months, contract.getPlatformFee()));
        }
        jdbc.getJdbcTemplate().batchUpdate("""
                INSERT INTO ent_invoice_line (tenant_id, invoice_id, line_no, kind, plan, quantity, months, unit_price, amount)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", lines.stream().map(line -> prepend(contract.getTenantId(), line)).toList());
        invoice.settle(total, status);
        facts.record(id);
        return id;
    }

    /** The newest sites of the plan created in the period are the ones beyond the allotment. */
    private void markNewOverContract(MapSqlParameterSource params, LocalDate previousDate, int excess) {
        List<Long> newest = jdbc.queryForList("""
                SELECT site_id FROM ent_invoice_site WHERE invoice_id = :invoice AND active = TRUE AND current_plan = :plan
                  AND created_on >= :prev ORDER BY created_on DESC, site_id DESC LIMIT :excess""",
                params.addValue("prev", previousDate).addValue("excess", excess), Long.class);
        for (int from = 0; from < newest.size(); from += 1000) {
            jdbc.update("UPDATE ent_invoice_site SET new_over = TRUE WHERE invoice_id = :invoice AND site_id IN (:ids)",
                    new MapSqlParameterSource("invoice", params.getValue("invoice"))
                            .addValue("ids", newest.subList(from, Math.min(newest.size(), from + 1000))));
        }
    }

    private static BigDecimal line(List<Object[]> lines, long invoiceId, InvoiceLineKind kind, SitePlan plan, int quantity,
            int months, BigDecimal unitPrice) {
        BigDecimal amount = unitPrice.multiply(BigDecimal.valueOf((long) quantity * months));
        lines.add(new Object[] {invoiceId, lines.size() + 1, kind.name(), plan == null ? null : plan.code(), quantity, months,
                unitPrice, amount});
        return amount;
    }

    private static Object[] prepend(String tenant, Object[] line) {
        Object[] row = new Object[line.length + 1];
        row[0] = tenant;
        System.arraycopy(line, 0, row, 1, line.length);
        return row;
    }
}
