package org.billingcenter.enterprise;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import jakarta.annotation.security.RolesAllowed;

import org.billingcenter.tenant.Feature;
import org.billingcenter.tenant.RequiresFeature;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.money.DecimalLimits;
import org.billingcenter.shared.money.Money;
import org.billingcenter.shared.tenancy.TenantContext;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Allocates invoices to departments. A plan line is a direct cost of the departments whose active
 * sites are on that plan, by site count; overage, the platform fee and allotted sites nobody uses
 * are shared costs, split by the administrator's {@link SharedCostRule}. Sites without a
 * department are a row of their own, so every cent of the invoice lands somewhere.
 */
@Service
@Transactional(readOnly = true)
@RequiresFeature(Feature.ENTERPRISE_CONTRACTS)
public class ChargebackService {

    /** The row of sites that carry no department tag. */
    public static final String UNTAGGED = "(untagged)";

    private final NamedParameterJdbcTemplate jdbc;
    private final ContractInvoiceService invoices;
    private final EnterpriseGate gate;

    ChargebackService(NamedParameterJdbcTemplate jdbc, ContractInvoiceService invoices, EnterpriseGate gate) {
        this.jdbc = jdbc;
        this.invoices = invoices;
        this.gate = gate;
    }

    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public Chargeback allocate(long invoiceId, SharedCostRule rule) {
        validate(rule);
        InvoiceDetail invoice = invoices.invoice(invoiceId);
        return allocate(invoice, rule);
    }

    /** Every invoice dated in the year, each allocated on its own and then added up per department. */
    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public List<Chargeback> allocateYear(int year, SharedCostRule rule) {
        validate(rule);
        List<Chargeback> result = new ArrayList<>();
        List<InvoiceSummary> ofYear = new ArrayList<>(invoices.invoices(new InvoiceQuery(year, null)));
        ofYear.sort((a, b) -> a.invoiceDate().compareTo(b.invoiceDate()));
        for (InvoiceSummary summary : ofYear) {
            result.add(allocate(invoices.invoice(summary.id()), rule));
        }
        return result;
    }

    /** The departments tagged on the account's sites, and the untagged row, for a percentage rule. */
    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public List<String> departments() {
        var account = gate.requireEnterpriseAccount();
        List<String> departments = new ArrayList<>(jdbc.queryForList("""
                SELECT DISTINCT department FROM ent_site WHERE tenant_id = :tenant AND account_id = :account AND department IS NOT NULL
                ORDER BY department""", new MapSqlParameterSource("tenant", TenantContext.require()).addValue("account", account.id()),
                String.class));
        departments.add(UNTAGGED);
        return departments;
    }

    /** Adds up a period's allocations per department. */
    public static Chargeback total(String title, List<Chargeback> chargebacks, Currency currency) {
        Map<String, ChargebackRow> rows = new TreeMap<>(ChargebackService::departmentOrder);
        Money total = Money.zero(currency);
        for (Chargeback chargeback : chargebacks) {
            total = total.plus(chargeback.total());
            for (ChargebackRow row : chargeback.rows()) {
                rows.merge(row.department(), row, (a, b) -> new ChargebackRow(a.department(), Math.max(a.activeSites(), b.activeSites()),
                        a.direct().plus(b.direct()), a.shared().plus(b.shared()), a.total().plus(b.total())));
            }
        }
        return new Chargeback(title, List.copyOf(rows.values()), total);
    }

    private Chargeback allocate(InvoiceDetail invoice, SharedCostRule rule) {
        Currency currency = invoice.summary().total().currency();
        Map<SitePlan, SortedMap<String, BigDecimal>> sitesByPlan = new HashMap<>();
        SortedMap<String, BigDecimal> sites = new TreeMap<>(ChargebackService::departmentOrder);
        SortedMap<String, BigDecimal> traffic = new TreeMap<>(ChargebackService::departmentOrder);
        jdbc.query("""
                SELECT COALESCE(department, :untagged), current_plan, COUNT(*), SUM(traffic) FROM ent_invoice_site
                WHERE tenant_id = :tenant AND invoice_id = :invoice AND active = TRUE GROUP BY COALESCE(department, :untagged), current_plan""",
                new MapSqlParameterSource("tenant", TenantContext.require()).addValue("invoice", invoice.summary().id())
                        .addValue("untagged", UNTAGGED),
                rs -> {
                    String department = rs.getString(1);
                    BigDecimal count = BigDecimal.valueOf(rs.getLong(3));
                    sitesByPlan.computeIfAbsent(SitePlan.of(rs.getString(2)), p -> new TreeMap<>(ChargebackService::departmentOrder))
                            .merge(department, count, BigDecimal::add);
                    sites.merge(department, count, BigDecimal::add);
                    traffic.merge(department, rs.getBigDecimal(4), BigDecimal::add);
                });
        Map<String, Money> direct = new TreeMap<>(ChargebackService::departmentOrder);
        Money shared = Money.zero(currency);
        for (InvoiceLine line : invoice.lines()) {
            SortedMap<String, BigDecimal> users = line.kind() == InvoiceLineKind.PLAN ? sitesByPlan.get(line.plan()) : null;
            if (users == null || line.amount().isZero()) {
                shared = shared.plus(line.amount());
            } else {
                Allocation.split(line.amount(), users).forEach((department, share) -> direct.merge(department, share, Money::plus));
            }
        }
        Map<String, Money> sharedShares = splitShared(shared, rule, sites, traffic);
        Map<String, ChargebackRow> rows = new TreeMap<>(ChargebackService::departmentOrder);
        for (String department : union(direct, sharedShares)) {
            Money own = direct.getOrDefault(department, Money.zero(currency));
            Money part = sharedShares.getOrDefault(department, Money.zero(currency));
            rows.put(department, new ChargebackRow(department, sites.getOrDefault(department, BigDecimal.ZERO).longValue(), own, part,
                    own.plus(part)));
        }
        Money total = rows.values().stream().map(ChargebackRow::total).reduce(Money.zero(currency), Money::plus);
        if (!total.equals(invoice.summary().total())) {
            throw new IllegalStateException("Chargeback of " + invoice.summary().number() + " adds up to " + total);
        }
        return new Chargeback(invoice.summary().number(), List.copyOf(rows.values()), total);
    }

    private static Map<String, Money> splitShared(Money shared, SharedCostRule rule, SortedMap<String, BigDecimal> sites,
            SortedMap<String, BigDecimal> traffic) {
        if (shared.isZero()) {
            return Map.of();
        }
        SortedMap<String, BigDecimal> weights = switch (rule.basis()) {
            case SITE_COUNT -> sites;
            case TRAFFIC -> traffic;
            case FIXED_PERCENTAGES -> {
                SortedMap<String, BigDecimal> fixed = new TreeMap<>(ChargebackService::departmentOrder);
                rule.percentages().forEach((department, percent) -> {
                    if (percent.signum() > 0) {
                        fixed.put(department, percent);
                    }
                });
                yield fixed;
            }
        };
        boolean nothingToSplitBy = weights.values().stream().allMatch(weight -> weight.signum() == 0);
        // No active site at all: the shared costs stay visible on the untagged row.
        return nothingToSplitBy ? Map.of(UNTAGGED, shared) : Allocation.split(shared, weights);
    }

    static void validate(SharedCostRule rule) {
        if (rule == null || rule.basis() == null) {
            throw new BusinessRuleException("enterprise.chargeback.rule.missing");
        }
        if (rule.basis() == SharedCostRule.Basis.FIXED_PERCENTAGES) {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal percent : rule.percentages().values()) {
                if (percent == null || percent.signum() < 0) {
                    throw new BusinessRuleException("enterprise.chargeback.negative");
                }
                // Before adding: a percentage like 1e999999999 would make the sum a billion digits long.
                if (!DecimalLimits.withinIntegerDigits(percent, 3) || !DecimalLimits.withinDecimals(percent, 4)) {
                    throw new BusinessRuleException("enterprise.chargeback.percentFormat");
                }
                sum = sum.add(percent);
            }
            if (sum.compareTo(BigDecimal.valueOf(100)) != 0) {
                throw new BusinessRuleException("enterprise.chargeback.notHundred", sum.stripTrailingZeros().toPlainString());
            }
        }
    }

    private static List<String> union(Map<String, Money> a, Map<String, Money> b) {
        TreeMap<String, Boolean> keys = new TreeMap<>(ChargebackService::departmentOrder);
        a.keySet().forEach(k -> keys.put(k, true));
        b.keySet().forEach(k -> keys.put(k, true));
        return List.copyOf(keys.keySet());
    }

    /** Departments by name, the untagged row last. */
    static int departmentOrder(String a, String b) {
        boolean ua = UNTAGGED.equals(a);
        boolean ub = UNTAGGED.equals(b);
        return ua == ub ? a.compareTo(b) : ua ? 1 : -1;
    }
}
