package org.billingcenter.wallet;

import java.util.Currency;
import java.util.List;

import org.billingcenter.shared.money.Money;
import org.billingcenter.tenant.TenantDefinition.FundingSource;

/** Which sources paid a charge, and how much each; ARREARS is what the cash balance went below zero by. */
public record ChargeResult(long transactionId, Currency currency, List<Payment> payments) {

    /** One source's share of a charge; lot id for vouchers and cards. */
    public record Payment(FundingSource source, Long lotId, Money amount) {
    }

    public Money paidBy(FundingSource source) {
        return payments.stream().filter(p -> p.source() == source).map(Payment::amount)
                .reduce(Money.zero(currency), Money::plus);
    }

    public Money total() {
        return payments.stream().map(Payment::amount).reduce(Money.zero(currency), Money::plus);
    }
}
