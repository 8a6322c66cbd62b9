package org.billingcenter.wallet;

/** What kind of money movement a journal transaction is; the income and expenditure list filters by it. */
public enum MovementKind { RECHARGE, CHARGE, ADJUSTMENT, VOUCHER_ISSUED, CARD_PURCHASE, EXPIRY_WRITE_OFF, VOUCHER_PURCHASE }
