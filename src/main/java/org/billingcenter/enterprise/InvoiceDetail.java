package org.billingcenter.enterprise;

import java.time.LocalDate;
import java.util.List;

import org.billingcenter.shared.money.Money;

/**
 * An open invoice: its summary, the organisation billed (and its account number), the day payment
 * is due (null for an invoice issued before due dates were kept) and its lines; the lines add up to the total.
 */
public record InvoiceDetail(InvoiceSummary summary, String organisation, long accountId, LocalDate dueOn, List<InvoiceLine> lines) {

    public Money overage() {
        return lines.stream().filter(line -> line.kind() == InvoiceLineKind.OVERAGE).map(InvoiceLine::amount)
                .reduce(Money.zero(summary.total().currency()), Money::plus);
    }
}
