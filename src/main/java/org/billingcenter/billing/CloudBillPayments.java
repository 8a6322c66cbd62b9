package org.billingcenter.billing;

import org.billingcenter.shared.money.Money;

/**
 * Who paid a cloud account's month: the account's vouchers and stored-value cards go first, and
 * only {@code cloudAccount} is billed by the cloud marketplace.
 */
public record CloudBillPayments(Money total, Money vouchers, Money cards, Money cloudAccount) {
}
