package org.billingcenter.wallet;

import org.billingcenter.shared.money.Money;

/**
 * Money that arrived in an account's cash, one of a {@link WalletsRecharged}; arrears are paid from
 * it first, by the balance itself.
 */
public record WalletRecharged(long accountId, Money amount) {
}
