package org.billingcenter.wallet;

/** How a lot came to the account. */
public enum LotOrigin { ISSUED_BY_OPERATOR, ACTIVATION_CODE, CARD_PURCHASE, PURCHASE_REWARD, VOUCHER_PURCHASE }
