package org.billingcenter.enterprise;

import java.util.List;

import org.billingcenter.shared.money.Money;

/** An invoice (or a period of invoices) allocated to departments; the rows add up to the total exactly. */
public record Chargeback(String title, List<ChargebackRow> rows, Money total) {
}
