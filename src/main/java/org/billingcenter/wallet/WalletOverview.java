package org.billingcenter.wallet;

import org.billingcenter.shared.money.Money;

/**
 * What an account holder sees first: cash (negative means arrears), what vouchers and stored-value
 * cards still hold, and this month's spend.
 */
public record WalletOverview(Money cash, Money vouchers, Money cards, Money monthToDateSpend) {

    public boolean inArrears() {
        return cash.isNegative();
    }

    public Money arrears() {
        return inArrears() ? cash.negate() : Money.zero(cash.currency());
    }
}
