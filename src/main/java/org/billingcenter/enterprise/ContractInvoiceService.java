package org.billingcenter.enterprise;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;

import org.billingcenter.tenant.Feature;
import org.billingcenter.tenant.RequiresFeature;
import org.billingcenter.account.AccountSummary;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.money.Money;
import org.billingcenter.shared.tenancy.TenantContext;
import org.billingcenter.tenant.TenantRegistry;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Contract invoices: the list, one invoice with its lines, its PDF, and issuing the invoices that fall due. */
@Service
@Transactional(readOnly = true)
@RequiresFeature(Feature.ENTERPRISE_CONTRACTS)
public class ContractInvoiceService {

    private static final String SUMMARY = """
            SELECT i.id, i.invoice_number, c.contract_number, i.previous_date, i.invoice_date, i.payment_method, i.status, i.total,
                   i.currency, i.active_sites
            FROM ent_invoice i JOIN ent_contract c ON c.id = i.contract_id
            WHERE i.tenant_id = :tenant AND i.account_id = :account""";

    private final NamedParameterJdbcTemplate jdbc;
    private final EnterpriseGate gate;
    private final ContractRepository contracts;
    private final InvoiceRun invoiceRun;
    private final InvoiceIssuedNotice notice;
    private final HostingPlans plans;
    private final TenantRegistry tenants;
    private final Clock clock;

    ContractInvoiceService(NamedParameterJdbcTemplate jdbc, EnterpriseGate gate, ContractRepository contracts, InvoiceRun invoiceRun,
            InvoiceIssuedNotice notice, HostingPlans plans, TenantRegistry tenants, Clock clock) {
        this.notice = notice;
        this.plans = plans;
        this.jdbc = jdbc;
        this.gate = gate;
        this.contracts = contracts;
        this.invoiceRun = invoiceRun;
        this.tenants = tenants;
        this.clock = clock;
    }

    /** Whether the signed-in Administrator's account is a contract account (the screens turn others away). */
    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public boolean enterpriseAvailable() {
        return gate.isEnterprise();
    }

    /** Newest first. */
    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public List<InvoiceSummary> invoices(InvoiceQuery query) {
        MapSqlParameterSource params = scope();
        StringBuilder sql = new StringBuilder(SUMMARY);
        if (query.year() != null) {
            sql.append(" AND i.invoice_date >= :from AND i.invoice_date < :until");
            params.addValue("from", LocalDate.of(query.year(), 1, 1)).addValue("until", LocalDate.of(query.year() + 1, 1, 1));
        }
        if (query.number() != null && query.number().length() > 100) {
            // No invoice number is that long: nothing matches, and no pattern reads the text.
            sql.append(" AND 1 = 0");
        } else if (query.number() != null && !query.number().isBlank()) {
            sql.append(" AND LOWER(i.invoice_number) LIKE :number");
            params.addValue("number", "%" + query.number().strip().toLowerCase(Locale.ROOT).replaceAll("[%_!]", "") + "%");
        }
        sql.append(" ORDER BY i.invoice_date DESC, i.invoice_number DESC");
        return jdbc.query(sql.toString(), params, ContractInvoiceService::summary);
    }

    /** The years that have invoices, newest first, for the year filter. */
    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public List<Integer> years() {
        return jdbc.queryForList("SELECT DISTINCT YEAR(invoice_date) FROM ent_invoice WHERE tenant_id = :tenant AND account_id = :account"
                + " ORDER BY 1 DESC", scope(), Integer.class);
    }

    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public InvoiceDetail invoice(long invoiceId) {
        AccountSummary account = gate.requireEnterpriseAccount();
        MapSqlParameterSource params = scope().addValue("invoice", invoiceId);
        List<InvoiceSummary> found = jdbc.query(SUMMARY + " AND i.id = :invoice", params, ContractInvoiceService::summary);
        if (found.isEmpty()) {
            throw new BusinessRuleException("enterprise.invoice.notFound");
        }
        Currency currency = found.getFirst().total().currency();
        List<InvoiceLine> lines = jdbc.query("""
                SELECT line_no, kind, plan, quantity, months, unit_price, amount FROM ent_invoice_line
                WHERE invoice_id = :invoice AND tenant_id = :tenant ORDER BY line_no""", params,
                (rs, n) -> new InvoiceLine(rs.getInt(1), InvoiceLineKind.valueOf(rs.getString(2)),
                        rs.getString(3) == null ? null : SitePlan.of(rs.getString(3)), rs.getInt(4), rs.getInt(5),
                        Money.of(rs.getBigDecimal(6), currency), Money.of(rs.getBigDecimal(7), currency)));
        LocalDate dueOn = jdbc.query("SELECT due_on FROM ent_invoice WHERE id = :invoice AND tenant_id = :tenant", params,
                (rs, n) -> rs.getObject(1, LocalDate.class)).stream().findFirst().orElse(null);
        return new InvoiceDetail(found.getFirst(), account.enterpriseName(), account.id(), dueOn, lines);
    }

    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public void writePdf(long invoiceId, Locale language, OutputStream out) {
        InvoicePdf.write(invoice(invoiceId), tenants.currentLetterhead(), tenants.current().payeeAccount().orElse(null), plans::name, language,
                out);
    }

    /**
     * Issues every invoice of the account's contracts whose date has come (the tenant's staff, or
     * the nightly run acting for them), and tells the account of each. Returns how many were issued.
     */
    @RolesAllowed(Role.Names.OPERATOR)
    @Transactional
    public int issueDueInvoices(long accountId) {
        LocalDate today = LocalDate.now(clock.withZone(tenants.current().timeZone()));
        int issued = 0;
        for (Contract contract : contracts.findByAccountIdOrderByNumber(accountId)) {
            List<LocalDate> existing = jdbc.queryForList("SELECT MAX(invoice_date) FROM ent_invoice WHERE contract_id = :c",
                    new MapSqlParameterSource("c", contract.getId()), LocalDate.class);
            LocalDate previous = existing.isEmpty() || existing.getFirst() == null ? contract.getStartsOn() : existing.getFirst();
            for (LocalDate next = previous.plusMonths(contract.getInvoicingMonths()); !next.isAfter(today)
                    && previous.isBefore(contract.getEndsOn()); next = next.plusMonths(contract.getInvoicingMonths())) {
                notice.tell(invoiceRun.issue(contract.getId(), previous, next, InvoiceStatus.ISSUED));
                previous = next;
                issued++;
            }
        }
        return issued;
    }

    private MapSqlParameterSource scope() {
        AccountSummary account = gate.requireEnterpriseAccount();
        return new MapSqlParameterSource("tenant", TenantContext.require()).addValue("account", account.id());
    }

    static InvoiceSummary summary(ResultSet rs, int n) throws SQLException {
        BigDecimal total = rs.getBigDecimal(8);
        return new InvoiceSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class),
                rs.getObject(5, LocalDate.class), PaymentMethod.valueOf(rs.getString(6)), InvoiceStatus.valueOf(rs.getString(7)),
                Money.of(total, Currency.getInstance(rs.getString(9))), rs.getLong(10));
    }
}
