package org.billingcenter.enterprise;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.billingcenter.shared.money.Money;

/** Spend per month for each group (contract number or payment method), the groups' totals and the grand total. */
public record SpendReport(List<YearMonth> months, Map<String, List<Money>> byGroup, Map<String, Money> groupTotals, Money total) {
}
