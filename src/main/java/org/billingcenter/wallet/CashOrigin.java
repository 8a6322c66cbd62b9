package org.billingcenter.wallet;

import java.math.BigDecimal;

/**
 * A wallet's cash told apart by where it came from: {@code paid} came in through a payment or a
 * confirmed remittance, {@code granted} was credited by staff (goodwill, corrections), and
 * {@code owed} is what the account is in arrears. Only paid money may be put on a tax invoice, so
 * whatever spends cash takes the paid money first: a stored-value card is then invoiceable for
 * all the paid money the wallet still held, and never for money the operator gave away. Money
 * coming in pays what is owed before it adds to the balance.
 */
record CashOrigin(BigDecimal paid, BigDecimal granted, BigDecimal owed) {

    static final CashOrigin NONE = new CashOrigin(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    /** After {@code amount} came in, paid for by the customer or not. */
    CashOrigin moneyIn(BigDecimal amount, boolean paidFor) {
        BigDecimal settles = amount.min(owed);
        BigDecimal rest = amount.subtract(settles);
        return paidFor ? new CashOrigin(paid.add(rest), granted, owed.subtract(settles))
                : new CashOrigin(paid, granted.add(rest), owed.subtract(settles));
    }

    /** After {@code amount} went out: paid money first, then granted money, then into arrears. */
    CashOrigin moneyOut(BigDecimal amount) {
        BigDecimal fromPaid = paidPartOf(amount);
        BigDecimal fromGranted = amount.subtract(fromPaid).min(granted);
        return new CashOrigin(paid.subtract(fromPaid), granted.subtract(fromGranted),
                owed.add(amount.subtract(fromPaid).subtract(fromGranted)));
    }

    /** How much of spending {@code amount} now would be paid money. */
    BigDecimal paidPartOf(BigDecimal amount) {
        return amount.min(paid);
    }
}
