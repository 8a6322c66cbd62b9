package org.billingcenter.wallet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface JournalTransactionRepository extends JpaRepository<JournalTransaction, Long> {

    long countByAccountId(long accountId);

    /** An account's total on one book per business day, for one kind of movement. */
    @Query("""
            select new org.billingcenter.wallet.DailyTotal(t.valueDate, sum(e.amount.amount))
            from JournalEntry e join e.transaction t
            where e.accountId = :accountId and e.ledger = :ledger and t.kind = :kind
              and t.valueDate between :from and :to
            group by t.valueDate order by t.valueDate""")
    List<DailyTotal> dailyTotals(long accountId, LedgerAccount ledger, MovementKind kind, LocalDate from, LocalDate to);

    /** An account's movement on one book per business day, all kinds together. */
    @Query("""
            select new org.billingcenter.wallet.DailyTotal(t.valueDate, sum(e.amount.amount))
            from JournalEntry e join e.transaction t
            where e.accountId = :accountId and e.ledger = :ledger and t.valueDate between :from and :to
            group by t.valueDate order by t.valueDate""")
    List<DailyTotal> dailyMovement(long accountId, LedgerAccount ledger, LocalDate from, LocalDate to);

    @Query("""
            select coalesce(sum(e.amount.amount), 0) from JournalEntry e join e.transaction t
            where e.accountId = :accountId and e.ledger = :ledger and t.valueDate < :day""")
    BigDecimal sumBefore(long accountId, LedgerAccount ledger, LocalDate day);

    @Query("select coalesce(sum(e.amount.amount), 0) from JournalEntry e where e.accountId = :accountId and e.ledger = :ledger")
    BigDecimal sumOf(long accountId, LedgerAccount ledger);

    @Query("select coalesce(sum(e.amount.amount), 0) from JournalEntry e where e.lotId = :lotId and e.ledger = :ledger")
    BigDecimal sumOfLot(long lotId, LedgerAccount ledger);

    /** Each transaction's customer side, split into cash, vouchers and cards; newest first. */
    @Query("""
            select new org.billingcenter.wallet.Movement(t.id, t.occurredAt, t.valueDate, t.kind, t.description, t.itemCode,
                sum(case when e.ledger = :cash then e.amount.amount else 0 end),
                sum(case when e.ledger = :lot and l.kind in :voucherKinds then e.amount.amount else 0 end),
                sum(case when e.ledger = :lot and l.kind not in :voucherKinds then e.amount.amount else 0 end),
                min(e.amount.currency))
            from JournalEntry e join e.transaction t left join FundingLot l on l.id = e.lotId
            where t.accountId = :accountId and t.valueDate between :from and :to and t.kind in :kinds
            group by t.id, t.occurredAt, t.valueDate, t.kind, t.description, t.itemCode
            order by t.occurredAt desc, t.id desc""")
    List<Movement> movements(long accountId, LocalDate from, LocalDate to, Collection<MovementKind> kinds,
            LedgerAccount cash, LedgerAccount lot, Collection<LotKind> voucherKinds, Pageable page);

    @Query("""
            select count(t) from JournalTransaction t
            where t.accountId = :accountId and t.valueDate between :from and :to and t.kind in :kinds""")
    long countMovements(long accountId, LocalDate from, LocalDate to, Collection<MovementKind> kinds);
}
