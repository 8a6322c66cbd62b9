package org.billingcenter.billing;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the wallet took for an account, item and day, split by what paid it ({@code daily_charge}). */
record ChargeRecord(LocalDate day, long accountId, String itemCode, BigDecimal amount, BigDecimal voucherPaid,
        BigDecimal cardPaid, BigDecimal cashPaid, BigDecimal arrears, String currency, long transactionId) {
}
