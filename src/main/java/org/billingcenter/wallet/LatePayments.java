package org.billingcenter.wallet;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.Deque;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.billingcenter.shared.money.Money;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which payments settled debts the account owed from a given moment (an issued bill's arrears),
 * read from the journal in posting order as {@link CashOrigins} reads it: money coming in settles
 * what is owed first, the oldest debt first. Only money that came in as a payment or a confirmed
 * remittance counts as paid; money staff credited settles debts too, but is never the customer's
 * cash, so it is not reported. A feature that bills (and must not be reached from here) hands
 * its debts in and gets back what paid them.
 */
@Component
public class LatePayments {

    /** Something the account owed from {@code from} on, by the caller's id. */
    public record Debt(long id, Instant from, Money amount) {
    }

    /** A payment's share of one debt: journal transaction, when, how much. */
    public record Payment(long debtId, long transactionId, Instant paidAt, Money amount) {
    }

    private static final String MOVEMENTS = """
            select e.transaction.id, e.transaction.occurredAt, e.ledger, e.amount.amount from JournalEntry e
            where e.accountId = :accountId and e.ledger in :ledgers order by e.transaction.id, e.id""";

    private final EntityManager entityManager;

    LatePayments(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Every payment that settled part of one of the debts, in posting order; in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Payment> of(long accountId, List<Debt> debts) {
        if (debts.isEmpty()) {
            return List.of();
        }
        Currency currency = debts.getFirst().amount().currency();
        Deque<Debt> waiting = new ArrayDeque<>(debts.stream().sorted(Comparator.comparing(Debt::from).thenComparing(Debt::id)).toList());
        List<Open> open = new ArrayList<>();
        List<Payment> payments = new ArrayList<>();
        Replay replay = new Replay();
        for (Object[] row : entityManager.createQuery(MOVEMENTS, Object[].class).setParameter("accountId", accountId)
                .setParameter("ledgers", List.of(LedgerAccount.CUSTOMER_CASH, LedgerAccount.PAYMENT_CLEARING)).getResultList()) {
            long transaction = (Long) row[0];
            if (replay.transaction != null && replay.transaction != transaction) {
                replay.apply(open, payments, currency);
            }
            if (replay.transaction == null || replay.transaction != transaction) {
                Instant at = (Instant) row[1];
                // A debt is tracked from its moment on: only later money can settle it.
                while (!waiting.isEmpty() && waiting.peekFirst().from().isBefore(at)) {
                    Debt debt = waiting.removeFirst();
                    open.add(new Open(debt.id(), debt.amount().amount()));
                }
                replay.start(transaction, at);
            }
            if (row[2] == LedgerAccount.CUSTOMER_CASH) {
                replay.cash = replay.cash.add((BigDecimal) row[3]);
            } else {
                replay.paid = true;
            }
        }
        if (replay.transaction != null) {
            replay.apply(open, payments, currency);
        }
        return payments;
    }

    private static final class Open {
        final long id;
        BigDecimal left;

        Open(long id, BigDecimal left) {
            this.id = id;
            this.left = left;
        }
    }

    /** The transaction being read and what the account owes so far. */
    private static final class Replay {
        Long transaction;
        Instant at;
        BigDecimal cash = BigDecimal.ZERO;
        boolean paid;
        BigDecimal owed = BigDecimal.ZERO;

        void start(long transaction, Instant at) {
            this.transaction = transaction;
            this.at = at;
            this.cash = BigDecimal.ZERO;
            this.paid = false;
        }

        void apply(List<Open> open, List<Payment> payments, Currency currency) {
            BigDecimal balanceBefore = owed.negate();
            BigDecimal balanceAfter = balanceBefore.add(cash);
            owed = balanceAfter.signum() < 0 ? balanceAfter.negate() : BigDecimal.ZERO;
            if (cash.signum() <= 0) {
                return;
            }
            BigDecimal settles = cash.min(balanceBefore.signum() < 0 ? balanceBefore.negate() : BigDecimal.ZERO);
            for (Open debt : open) {
                if (settles.signum() == 0) {
                    break;
                }
                BigDecimal share = settles.min(debt.left);
                if (share.signum() > 0) {
                    debt.left = debt.left.subtract(share);
                    settles = settles.subtract(share);
                    if (paid) {
                        payments.add(new Payment(debt.id, transaction, at, Money.of(share.stripTrailingZeros(), currency)));
                    }
                }
            }
        }
    }
}
