package org.billingcenter.wallet;

import java.time.LocalDate;

import org.billingcenter.audit.Provenance;
import org.billingcenter.shared.money.Money;

/** A goodwill credit or correction by the tenant's staff: adjustments pay the account's cash. */
record Credit(long accountId, Money amount, String reason, LocalDate effectiveDay, String idempotencyKey) implements MoneyCommand<Posted> {

    @Override
    public String name() {
        return "CREDIT";
    }

    @Override
    public Object[] parameters() {
        return new Object[] {amount, reason, effectiveDay};
    }

    @Override
    public Posted decide(Books books, Provenance by) {
        books.requireCurrency(amount);
        return new Posted(books.post(new JournalTransaction(accountId, MovementKind.ADJUSTMENT, reason, books.now(), effectiveDay, by)
                .entry(LedgerAccount.ADJUSTMENTS, amount.negate())
                .cash(amount, false)).getId());
    }

    @Override
    public Posted replayed(String stored) {
        return Posted.read(stored);
    }
}
