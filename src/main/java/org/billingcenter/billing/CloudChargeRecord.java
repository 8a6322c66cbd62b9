package org.billingcenter.billing;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What vouchers and cards paid of an account's cloud-settled usage of an item on a day, and what
 * was left for the cloud account ({@code cloud_charge}); no transaction when they paid nothing.
 */
record CloudChargeRecord(LocalDate day, long accountId, long cloudAccountId, String itemCode, BigDecimal amount,
        BigDecimal voucherPaid, BigDecimal cardPaid, BigDecimal cloudPaid, String currency, Long transactionId) {
}
