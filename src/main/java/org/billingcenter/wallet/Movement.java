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

    /** With one more of the transaction's entries counted: cash, a voucher or another lot (a card), or neither. */
    Movement with(LedgerAccount ledger, BigDecimal amount, String entryCurrency, boolean voucher) {
        boolean lot = ledger == LedgerAccount.CUSTOMER_LOT;
        return new Movement(transactionId, occurredAt, valueDate, kind, description, itemCode,
                ledger == LedgerAccount.CUSTOMER_CASH ? cash.add(amount) : cash,
                lot && voucher ? vouchers.add(amount) : vouchers,
                lot && !voucher ? cards.add(amount) : cards,
                currency == null || entryCurrency.compareTo(currency) < 0 ? entryCurrency : currency);
    }
}
