package org.billingcenter.enterprise;

import java.util.List;

import org.billingcenter.shared.money.Money;

/** An open invoice: its summary, the organisation billed and its lines; the lines add up to the total. */
public record InvoiceDetail(InvoiceSummary summary, String organisation, List<InvoiceLine> lines) {

    public Money overage() {
        return lines.stream().filter(line -> line.kind() == InvoiceLineKind.OVERAGE).map(InvoiceLine::amount)
                .reduce(Money.zero(summary.total().currency()), Money::plus);
    }
}
