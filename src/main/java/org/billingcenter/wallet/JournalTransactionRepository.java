package org.billingcenter.wallet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface JournalTransactionRepository extends JpaRepository<JournalTransaction, Long> {

    /** An account's total on one book per business day, for one kind of movement. */
    @Query("""
            select new org.billingcenter.wallet.DailyTotal(t.valueDate, sum(e.amount.amount))
            from JournalEntry e join e.transaction t
            where e.accountId = :accountId and e.ledger = :ledger and t.kind = :kind
              and t.valueDate between :from and :to
            group by t.valueDate order by t.valueDate""")
    List<DailyTotal> dailyTotals(long accountId, LedgerAccount ledger, JournalTransaction.Kind kind, LocalDate from, LocalDate to);

    @Query("select coalesce(sum(e.amount.amount), 0) from JournalEntry e where e.accountId = :accountId and e.ledger = :ledger")
    BigDecimal sumOf(long accountId, LedgerAccount ledger);
}
