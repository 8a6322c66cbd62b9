package org.billingcenter.billing;

import java.time.Instant;
import java.time.YearMonth;

import org.billingcenter.shared.money.Money;

/**
 * An issued monthly bill: its total and what paid it. {@code cashPaid} is the invoiceable part
 * (cash, including arrears settled by recharges before the bill was issued); vouchers and cards
 * are not invoiced again; {@code cloudPaid} went to cloud accounts; {@code arrears} was owed when it was issued
 * (paid later, it is invoiced payment by payment: see {@link BillInvoiceables}).
 * {@code adjustments} sums the corrections made after issue.
 */
public record BillSummary(long id, long accountId, YearMonth period, Money total, Money voucherPaid, Money cardPaid,
        Money cashPaid, Money cloudPaid, Money arrears, Money adjustments, Instant issuedAt) {

    /**
     * The part a tax invoice may cover: the cash paid, less what corrections gave back (credits
     * return cash). An extra charge is not added: it is paid later, by whatever the account holds.
     */
    public Money invoiceable() {
        Money refunded = adjustments.isPositive() ? Money.zero(cashPaid.currency()) : adjustments;
        Money left = cashPaid.plus(refunded);
        return left.isPositive() ? left : Money.zero(cashPaid.currency());
    }
}
