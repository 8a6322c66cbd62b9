package org.billingcenter.enterprise;

import java.io.OutputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.LongConsumer;

import jakarta.annotation.security.RolesAllowed;

import org.billingcenter.tenant.Feature;
import org.billingcenter.tenant.RequiresFeature;
import org.billingcenter.account.AccountSummary;
import org.billingcenter.shared.csv.CsvExport;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.tenancy.TenantContext;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Site Portfolio Report of an invoice. The four tables are flags fixed when the invoice was
 * issued (see {@link PortfolioTable}), and what the first screen shows without filters is counted
 * then too ({@link PortfolioFacts}). Pages are read by keyset over the tables' indexes (site name,
 * id), so a deep page costs what the first does; the CSV is one streamed query. Nothing loads a
 * portfolio into memory.
 */
@Service
@Transactional(readOnly = true)
@RequiresFeature(Feature.ENTERPRISE_CONTRACTS)
public class SitePortfolioReportService {

    static final int PROGRESS_EVERY = 2000;
    private static final String FROM = " FROM ent_invoice_site";

    private final NamedParameterJdbcTemplate jdbc;
    private final RowStream stream;
    private final PortfolioFacts facts;
    private final EnterpriseGate gate;
    private final PortfolioReportCsv reportCsv;

    SitePortfolioReportService(NamedParameterJdbcTemplate jdbc, RowStream stream, PortfolioFacts facts, EnterpriseGate gate,
            PortfolioReportCsv reportCsv) {
        this.reportCsv = reportCsv;
        this.jdbc = jdbc;
        this.stream = stream;
        this.facts = facts;
        this.gate = gate;
    }

    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public PortfolioHeader header(long invoiceId) {
        return header(gate.requireEnterpriseAccount(), invoiceId);
    }

    /**
     * The report's first screen in one call and one access check: the heading, the owners, both
     * charts and the size of each table, read from the facts counted when the invoice was issued.
     */
    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public PortfolioOverview overview(long invoiceId) {
        AccountSummary account = gate.requireEnterpriseAccount();
        PortfolioHeader header = header(account, invoiceId);
        MapSqlParameterSource scope = scope(account, invoiceId);
        return new PortfolioOverview(header, facts.owners(scope), facts.sitesByPlan(scope), activeSitesOverTime(scope),
                facts.tableSizes(scope));
    }

    /** One page of a table in site-name order, found by keyset (see {@link PortfolioPageRequest}). */
    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public List<PortfolioRow> page(long invoiceId, PortfolioTable table, PortfolioFilter filter, PortfolioPageRequest request) {
        MapSqlParameterSource params = mine(invoiceId);
        StringBuilder sql = new StringBuilder("SELECT ").append(PortfolioQueries.COLUMNS).append(FROM)
                .append(PortfolioQueries.where(table, filter, params));
        switch (request.position()) {
            case AFTER -> sql.append(" AND (site_name > :keyName OR (site_name = :keyName AND site_id > :keyId))");
            case BEFORE -> sql.append(" AND (site_name < :keyName OR (site_name = :keyName AND site_id < :keyId))");
            default -> { }
        }
        sql.append(request.backwards() ? " ORDER BY site_name DESC, site_id DESC" : " ORDER BY site_name, site_id").append(" LIMIT :limit");
        params.addValue("keyName", request.siteName()).addValue("keyId", request.siteId()).addValue("limit", request.size());
        List<PortfolioRow> rows = jdbc.query(sql.toString(), params, SitePortfolioReportService::row);
        return request.backwards() ? rows.reversed() : rows;
    }

    /** One page of a table, in site-name order, by position (deep positions cost more: prefer {@link #page}). */
    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public List<PortfolioRow> rows(long invoiceId, PortfolioTable table, PortfolioFilter filter, int offset, int limit) {
        MapSqlParameterSource params = mine(invoiceId);
        String sql = "SELECT " + PortfolioQueries.COLUMNS + FROM + PortfolioQueries.where(table, filter, params)
                + " ORDER BY site_name, site_id LIMIT :limit OFFSET :offset";
        return jdbc.query(sql, params.addValue("limit", limit).addValue("offset", offset), SitePortfolioReportService::row);
    }

    /** The rows of a table that pass the filter; without filters, the size counted when the invoice was issued. */
    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public long count(long invoiceId, PortfolioTable table, PortfolioFilter filter) {
        MapSqlParameterSource params = mine(invoiceId);
        if (filter.isNone()) {
            return facts.tableSize(params, table);
        }
        return jdbc.queryForObject("SELECT COUNT(*)" + FROM + PortfolioQueries.where(table, filter, params), params, Long.class);
    }

    /** The site owners of the invoice's portfolio, for the owner filter. */
    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public List<String> owners(long invoiceId) {
        return facts.owners(mine(invoiceId));
    }

    /** Active sites per plan at the invoice date. */
    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public List<PlanCount> sitesByPlan(long invoiceId) {
        return facts.sitesByPlan(mine(invoiceId));
    }

    /** Active sites of the invoice's contract at each invoice date up to this one. */
    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public List<ActiveSitesPoint> activeSitesOverTime(long invoiceId) {
        return activeSitesOverTime(mine(invoiceId));
    }

    /**
     * Active sites per plan at each invoice date of the invoice's contract up to this one, read
     * from the counts kept when each invoice was issued (the report's third chart).
     */
    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public List<PlanSitesPoint> sitesByPlanOverTime(long invoiceId) {
        return jdbc.query("""
                SELECT o.invoice_date, p.plan, p.active_sites
                FROM ent_invoice i JOIN ent_invoice o ON o.contract_id = i.contract_id
                JOIN ent_invoice_plan_sites p ON p.invoice_id = o.id
                WHERE i.id = :invoice AND i.tenant_id = :tenant AND o.tenant_id = :tenant AND p.tenant_id = :tenant
                  AND o.invoice_date <= i.invoice_date
                ORDER BY o.invoice_date""", mine(invoiceId),
                (rs, n) -> new PlanSitesPoint(rs.getObject(1, LocalDate.class), SitePlan.of(rs.getString(2)), rs.getLong(3)));
    }

    /**
     * Streams a table as CSV in the grid's order: one query whose rows the driver hands over as
     * they arrive (see {@link RowStream}), each written before the next is read, so memory stays
     * flat whatever the portfolio's size. {@code progress} hears the rows written so far every
     * {@value #PROGRESS_EVERY} rows and at the end.
     */
    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public long exportCsv(long invoiceId, PortfolioTable table, PortfolioFilter filter, List<String> header, OutputStream out,
            LongConsumer progress) {
        AccountSummary account = gate.requireEnterpriseAccount();
        PortfolioHeader invoice = header(account, invoiceId);
        MapSqlParameterSource params = scope(account, invoiceId);
        String sql = "SELECT " + PortfolioQueries.COLUMNS + FROM + PortfolioQueries.where(table, filter, params)
                + " ORDER BY site_name, site_id";
        long[] written = {0};
        CsvExport.write(out, header, printer -> {
            stream.each(sql, params, rs -> {
                String previous = rs.getString(4);
                printer.print(List.of(rs.getString(2), rs.getString(3), previous == null ? "" : previous, rs.getString(5),
                        invoice.previousInvoiceDate(), invoice.invoiceDate()));
                if (++written[0] % PROGRESS_EVERY == 0) {
                    progress.accept(written[0]);
                }
            });
            progress.accept(written[0]);
        });
        return written[0];
    }

    /** The whole report, its four tables one after the other, as one CSV file (see {@link PortfolioReportCsv}). */
    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public long exportCsv(long invoiceId, PortfolioCsvWords words, OutputStream out) {
        AccountSummary account = gate.requireEnterpriseAccount();
        PortfolioHeader invoice = header(account, invoiceId);
        return reportCsv.write(scope(account, invoiceId), invoice.previousInvoiceDate(), invoice.invoiceDate(), words, out);
    }

    private PortfolioHeader header(AccountSummary account, long invoiceId) {
        List<PortfolioHeader> found = jdbc.query("""
                SELECT i.id, i.invoice_number, c.contract_number, i.previous_date, i.invoice_date
                FROM ent_invoice i JOIN ent_contract c ON c.id = i.contract_id
                WHERE i.id = :invoice AND i.tenant_id = :tenant AND i.account_id = :account""", scope(account, invoiceId),
                (rs, n) -> new PortfolioHeader(rs.getLong(1), account.enterpriseName(), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class)));
        if (found.isEmpty()) {
            throw new BusinessRuleException("enterprise.invoice.notFound");
        }
        return found.getFirst();
    }

    private List<ActiveSitesPoint> activeSitesOverTime(MapSqlParameterSource scope) {
        return jdbc.query("""
                SELECT o.invoice_date, o.active_sites FROM ent_invoice i JOIN ent_invoice o ON o.contract_id = i.contract_id
                WHERE i.id = :invoice AND i.tenant_id = :tenant AND o.tenant_id = :tenant AND o.invoice_date <= i.invoice_date
                ORDER BY o.invoice_date""", scope,
                (rs, n) -> new ActiveSitesPoint(rs.getObject(1, LocalDate.class), rs.getLong(2)));
    }
    /** The invoice's parameters, once it is known to be the signed-in user's account's. */
    private MapSqlParameterSource mine(long invoiceId) {
        AccountSummary account = gate.requireEnterpriseAccount();
        MapSqlParameterSource params = scope(account, invoiceId);
        Integer found = jdbc.queryForObject("SELECT COUNT(*) FROM ent_invoice WHERE id = :invoice AND tenant_id = :tenant"
                + " AND account_id = :account", params, Integer.class);
        if (found == 0) {
            throw new BusinessRuleException("enterprise.invoice.notFound");
        }
        return params;
    }

    private static MapSqlParameterSource scope(AccountSummary account, long invoiceId) {
        return new MapSqlParameterSource("invoice", invoiceId).addValue("tenant", TenantContext.require())
                .addValue("account", account.id());
    }

    private static PortfolioRow row(ResultSet rs, int n) throws SQLException {
        String previous = rs.getString(4);
        return new PortfolioRow(rs.getLong(1), rs.getString(2), rs.getString(3), previous == null ? null : SitePlan.of(previous),
                SitePlan.of(rs.getString(5)), rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class));
    }
}
