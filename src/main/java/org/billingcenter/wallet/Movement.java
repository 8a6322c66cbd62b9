package org.billingcenter.wallet;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;


/**
 * One line of the income and expenditure list: a journal transaction seen from the customer's
 * side — how it moved their cash and their vouchers and cards.
 */
public record Movement(long transactionId, Instant occurredAt, LocalDate valueDate, MovementKind kind, String description,
        String itemCode, BigDecimal cash, BigDecimal vouchers, BigDecimal cards, String currency) {

    public BigDecimal total() {
        return cash.add(vouchers).add(cards);
    }
}
