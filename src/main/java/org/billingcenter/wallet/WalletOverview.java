package org.billingcenter.wallet;

import org.billingcenter.shared.money.Money;

/** What an account holder sees first: cash available (negative means arrears) and this month's spend. */
public record WalletOverview(Money cash, Money monthToDateSpend) {

    public boolean inArrears() {
        return cash.isNegative();
    }
}
