package org.billingcenter.enterprise;

import java.io.OutputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

import jakarta.annotation.security.RolesAllowed;

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
 * issued (see {@link PortfolioTable}), so every page, count and chart is one indexed query over
 * that invoice's rows: nothing loads the portfolio into memory, and the CSV streams page by page.
 */
@Service
@Transactional(readOnly = true)
public class SitePortfolioReportService {

    static final int EXPORT_PAGE = 2000;

    private final NamedParameterJdbcTemplate jdbc;
    private final EnterpriseGate gate;

    SitePortfolioReportService(NamedParameterJdbcTemplate jdbc, EnterpriseGate gate) {
        this.jdbc = jdbc;
        this.gate = gate;
    }

    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public PortfolioHeader header(long invoiceId) {
        AccountSummary account = gate.requireEnterpriseAccount();
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

    /** One page of a table, in site-name order. */
    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public List<PortfolioRow> rows(long invoiceId, PortfolioTable table, PortfolioFilter filter, int offset, int limit) {
        MapSqlParameterSource params = mine(invoiceId);
        String sql = "SELECT " + PortfolioQueries.COLUMNS + " FROM ent_invoice_site" + PortfolioQueries.where(table, filter, params)
                + " ORDER BY site_name, site_id LIMIT :limit OFFSET :offset";
        return jdbc.query(sql, params.addValue("limit", limit).addValue("offset", offset), SitePortfolioReportService::row);
    }

    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public long count(long invoiceId, PortfolioTable table, PortfolioFilter filter) {
        MapSqlParameterSource params = mine(invoiceId);
        return jdbc.queryForObject("SELECT COUNT(*) FROM ent_invoice_site" + PortfolioQueries.where(table, filter, params), params,
                Long.class);
    }

    /** The site owners of the invoice's portfolio, for the owner filter. */
    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public List<String> owners(long invoiceId) {
        return jdbc.queryForList("SELECT DISTINCT owner FROM ent_invoice_site WHERE tenant_id = :tenant AND invoice_id = :invoice"
                + " ORDER BY owner", mine(invoiceId), String.class);
    }

    /** Active sites per plan at the invoice date. */
    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public List<PlanCount> sitesByPlan(long invoiceId) {
        List<PlanCount> counts = new ArrayList<>();
        jdbc.query("""
                SELECT current_plan, COUNT(*) FROM ent_invoice_site WHERE tenant_id = :tenant AND invoice_id = :invoice AND active = TRUE
                GROUP BY current_plan""", mine(invoiceId),
                rs -> {
                    counts.add(new PlanCount(SitePlan.valueOf(rs.getString(1)), rs.getLong(2)));
                });
        counts.sort((a, b) -> a.plan().compareTo(b.plan()));
        return counts;
    }

    /** Active sites of the invoice's contract at each invoice date up to this one. */
    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public List<ActiveSitesPoint> activeSitesOverTime(long invoiceId) {
        return jdbc.query("""
                SELECT o.invoice_date, o.active_sites FROM ent_invoice i JOIN ent_invoice o ON o.contract_id = i.contract_id
                WHERE i.id = :invoice AND i.tenant_id = :tenant AND o.tenant_id = :tenant AND o.invoice_date <= i.invoice_date
                ORDER BY o.invoice_date""", mine(invoiceId),
                (rs, n) -> new ActiveSitesPoint(rs.getObject(1, LocalDate.class), rs.getLong(2)));
    }

    /**
     * Streams a table as CSV: keyset pages of {@value #EXPORT_PAGE} rows in the grid's order, each
     * written before the next is read, so memory stays flat whatever the portfolio's size.
     * {@code progress} hears the rows written so far after each page.
     */
    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public long exportCsv(long invoiceId, PortfolioTable table, PortfolioFilter filter, List<String> header, OutputStream out,
            LongConsumer progress) {
        PortfolioHeader invoice = header(invoiceId);
        MapSqlParameterSource base = mine(invoiceId);
        long[] written = {0};
        CsvExport.write(out, header, printer -> {
            String lastName = null;
            long lastId = 0;
            while (true) {
                MapSqlParameterSource params = new MapSqlParameterSource(base.getValues());
                String sql = "SELECT " + PortfolioQueries.COLUMNS + " FROM ent_invoice_site" + PortfolioQueries.where(table, filter, params)
                        + (lastName == null ? "" : " AND (site_name > :lastName OR (site_name = :lastName AND site_id > :lastId))")
                        + " ORDER BY site_name, site_id LIMIT " + EXPORT_PAGE;
                List<PortfolioRow> page = jdbc.query(sql, params.addValue("lastName", lastName).addValue("lastId", lastId),
                        SitePortfolioReportService::row);
                for (PortfolioRow row : page) {
                    printer.print(List.of(row.siteName(), row.owner(), row.previousPlan() == null ? "" : row.previousPlan().name(),
                            row.currentPlan().name(), invoice.previousInvoiceDate(), invoice.invoiceDate()));
                }
                written[0] += page.size();
                progress.accept(written[0]);
                if (page.size() < EXPORT_PAGE) {
                    return;
                }
                lastName = page.getLast().siteName();
                lastId = page.getLast().siteId();
            }
        });
        return written[0];
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
        return new PortfolioRow(rs.getLong(1), rs.getString(2), rs.getString(3), previous == null ? null : SitePlan.valueOf(previous),
                SitePlan.valueOf(rs.getString(5)), rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class));
    }
}
