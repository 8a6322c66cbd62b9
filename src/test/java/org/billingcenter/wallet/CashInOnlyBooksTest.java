package org.billingcenter.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.concurrent.atomic.AtomicLong;

import org.billingcenter.shared.money.Money;
import org.junit.jupiter.api.Test;

/** Books read without the wallet's lock (payment callbacks) take cash in and nothing else. */
class CashInOnlyBooksTest {

    private static final Instant NOW = Instant.parse("2026-11-14T10:00:00Z");
    private static final Money TEN = Money.of("10.00", "USD");

    private final AtomicLong ids = new AtomicLong(100);
    private final Books books = Books.cashInOnly(7, Currency.getInstance("USD"), NOW, ids::getAndIncrement);

    @Test
    void aPaymentIsStagedAndNumbered() {
        JournalTransaction posted = books.post(transaction(MovementKind.RECHARGE)
                .entry(LedgerAccount.PAYMENT_CLEARING, TEN.negate()).cash(TEN, false));

        assertThat(posted.getId()).isEqualTo(100);
        assertThat(books.postings()).containsExactly(posted);
    }

    @Test
    void takingCashOutOrSpendingALotIsRefusedAndNothingIsStaged() {
        assertThatThrownBy(() -> books.post(transaction(MovementKind.CHARGE).cash(TEN.negate(), false).entry(LedgerAccount.REVENUE, TEN)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("only takes cash in");
        assertThatThrownBy(() -> books.post(transaction(MovementKind.CHARGE).lot(3L, TEN.negate(), false).entry(LedgerAccount.REVENUE, TEN)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("only takes cash in");
        assertThat(books.postings()).isEmpty();
    }

    @Test
    void itsBalanceIsNotKnown() {
        assertThatThrownBy(books::cash).isInstanceOf(IllegalStateException.class).hasMessageContaining("not locked");
    }

    private static JournalTransaction transaction(MovementKind kind) {
        return new JournalTransaction(7, kind, "test", NOW, LocalDate.of(2026, 11, 14), org.billingcenter.audit.Provenance.ofCaller());
    }
}
