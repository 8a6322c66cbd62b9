package org.billingcenter.wallet;

/** Which order, of which account, a payment gateway's reference belongs to. */
record PaymentReference(String reference, long orderId, long accountId) {
}
