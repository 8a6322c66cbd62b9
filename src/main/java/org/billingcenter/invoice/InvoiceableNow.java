package org.billingcenter.invoice;

import org.billingcenter.shared.money.Money;

/**
 * What the Invoices page shows beside *Request now*: the invoiceable total of the open documents,
 * how many there are, and the cash balance, which must be above zero for a request.
 */
public record InvoiceableNow(Money total, int documents, Money cashBalance) {

    public boolean requestable() {
        return total.isPositive() && cashBalance.isPositive();
    }
}
