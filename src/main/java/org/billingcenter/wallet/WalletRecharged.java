package org.billingcenter.wallet;

import org.billingcenter.shared.money.Money;

/** Published when money arrives in an account's cash; arrears are paid from it first, by the balance itself. */
public record WalletRecharged(long accountId, Money amount) {
}
