package org.billingcenter.enterprise;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import jakarta.annotation.security.RolesAllowed;

import org.billingcenter.tenant.Feature;
import org.billingcenter.tenant.RequiresFeature;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.money.Money;
import org.billingcenter.tenant.TenantRegistry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Spend analysis: each invoice's total spread over the months of its period by the days each
 * month has in it (whole cents, remainders by the largest fractions), so quarterly and monthly
 * contracts compare month by month.
 */
@Service
@Transactional(readOnly = true)
@RequiresFeature(Feature.ENTERPRISE_CONTRACTS)
public class SpendService {

    private final ContractInvoiceService invoices;
    private final TenantRegistry tenants;

    SpendService(ContractInvoiceService invoices, TenantRegistry tenants) {
        this.invoices = invoices;
        this.tenants = tenants;
    }

    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public SpendReport spend(SpendQuery query) {
        if (query.from() == null || query.to() == null || query.from().isAfter(query.to())) {
            throw new BusinessRuleException("enterprise.spend.range");
        }
        if (query.from().plusYears(10).isBefore(query.to())) {
            throw new BusinessRuleException("enterprise.spend.range");
        }
        Currency currency = tenants.current().currency();
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = query.from(); !month.isAfter(query.to()); month = month.plusMonths(1)) {
            months.add(month);
        }
        Map<String, Money[]> byGroup = new TreeMap<>();
        for (InvoiceSummary invoice : invoices.invoices(new InvoiceQuery(null, null))) {
            if (query.paymentMethod() != null && invoice.paymentMethod() != query.paymentMethod()) {
                continue;
            }
            String group = query.grouping() == SpendGrouping.PAYMENT_METHOD ? invoice.paymentMethod().name() : invoice.contractNumber();
            spread(invoice).forEach((month, amount) -> {
                int index = months.indexOf(month);
                if (index >= 0) {
                    Money[] row = byGroup.computeIfAbsent(group, g -> zeros(months.size(), currency));
                    row[index] = row[index].plus(amount);
                }
            });
        }
        Map<String, List<Money>> series = new LinkedHashMap<>();
        Map<String, Money> totals = new LinkedHashMap<>();
        Money total = Money.zero(currency);
        for (Map.Entry<String, Money[]> group : byGroup.entrySet()) {
            series.put(group.getKey(), List.of(group.getValue()));
            Money sum = Money.zero(currency);
            for (Money amount : group.getValue()) {
                sum = sum.plus(amount);
            }
            totals.put(group.getKey(), sum);
            total = total.plus(sum);
        }
        return new SpendReport(months, series, totals, total);
    }

    /** The months the period [previous date, invoice date) covers, each weighted by its days in the period. */
    static Map<YearMonth, Money> spread(InvoiceSummary invoice) {
        SortedMap<String, BigDecimal> days = new TreeMap<>();
        for (var day = invoice.previousDate(); day.isBefore(invoice.invoiceDate()); day = day.plusDays(1)) {
            days.merge(YearMonth.from(day).toString(), BigDecimal.ONE, BigDecimal::add);
        }
        Map<YearMonth, Money> result = new TreeMap<>();
        if (days.isEmpty()) {
            result.put(YearMonth.from(invoice.invoiceDate()), invoice.total());
            return result;
        }
        Allocation.split(invoice.total(), days).forEach((month, amount) -> result.put(YearMonth.parse(month), amount));
        return result;
    }

    private static Money[] zeros(int size, Currency currency) {
        Money[] row = new Money[size];
        java.util.Arrays.fill(row, Money.zero(currency));
        return row;
    }
}
