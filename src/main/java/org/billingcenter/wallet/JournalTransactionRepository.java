package org.billingcenter.wallet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface JournalTransactionRepository extends JpaRepository<JournalTransaction, Long> {

    long countByAccountId(long accountId);

    @Query("select coalesce(sum(e.amount.amount), 0) from JournalEntry e where e.accountId = :accountId and e.ledger = :ledger")
    BigDecimal sumOf(long accountId, LedgerAccount ledger);

    @Query("select coalesce(sum(e.amount.amount), 0) from JournalEntry e where e.lotId = :lotId and e.ledger = :ledger")
    BigDecimal sumOfLot(long lotId, LedgerAccount ledger);

    /** What was put on a lot as invoiceable: the paid part of a stored-value card's purchase. */
    @Query("""
            select coalesce(sum(e.amount.amount), 0) from JournalEntry e
            where e.lotId = :lotId and e.ledger = 'CUSTOMER_LOT' and e.invoiceable = true and e.amount.amount > 0""")
    BigDecimal invoiceableOfLot(long lotId);

    @Query("""
            select count(t) from JournalTransaction t
            where t.accountId = :accountId and t.valueDate between :from and :to and t.kind in :kinds""")
    long countMovements(long accountId, LocalDate from, LocalDate to, Collection<MovementKind> kinds);
}
