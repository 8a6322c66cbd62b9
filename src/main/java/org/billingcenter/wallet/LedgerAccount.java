package org.billingcenter.wallet;

/**
 * The books a journal entry can touch. A customer's cash is money we hold for them; it comes from
 * the payment clearing book and goes to revenue when consumption is charged.
 */
public enum LedgerAccount {
    /** What the customer has left to spend (positive) or owes (negative). */
    CUSTOMER_CASH,
    /** Money received through payment gateways and bank remittances. */
    PAYMENT_CLEARING,
    /** Consumption charged to customers. */
    REVENUE,
    /** A voucher's or stored-value card's remaining value; entries name the lot. */
    CUSTOMER_LOT,
    /** Goodwill credits and corrections granted by the operator. */
    ADJUSTMENTS,
    /** The cost of vouchers given away (issued, redeemed by code, or granted with card purchases). */
    PROMOTIONS,
    /** What expired vouchers and cards still held when they lapsed. */
    EXPIRED_FUNDS
}
