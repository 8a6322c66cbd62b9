package org.billingcenter.wallet;

import java.math.BigDecimal;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a wallet's {@link CashOrigin} from its journal: every movement of its cash in posting
 * order (journal ids follow the order postings were applied under the wallet's lock), money in
 * counted as paid when its transaction took it from the payment clearing book. Called under the
 * wallet's lock, so nothing moves the cash while the figure is used.
 */
@Component
class CashOrigins {

    private static final String MOVEMENTS = """
            select e.transaction.id, e.ledger, e.amount.amount from JournalEntry e
            where e.accountId = :accountId and e.ledger in :ledgers order by e.transaction.id, e.id""";

    private final EntityManager entityManager;

    CashOrigins(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    CashOrigin of(long accountId) {
        List<Object[]> rows = entityManager.createQuery(MOVEMENTS, Object[].class).setParameter("accountId", accountId)
                .setParameter("ledgers", List.of(LedgerAccount.CUSTOMER_CASH, LedgerAccount.PAYMENT_CLEARING)).getResultList();
        CashOrigin origin = CashOrigin.NONE;
        Long transaction = null;
        BigDecimal cash = BigDecimal.ZERO;
        boolean paid = false;
        for (Object[] row : rows) {
            if (!((Long) row[0]).equals(transaction)) {
                origin = moved(origin, cash, paid);
                transaction = (Long) row[0];
                cash = BigDecimal.ZERO;
                paid = false;
            }
            if (row[1] == LedgerAccount.CUSTOMER_CASH) {
                cash = cash.add((BigDecimal) row[2]);
            } else {
                paid = true;
            }
        }
        return moved(origin, cash, paid);
    }

    private static CashOrigin moved(CashOrigin origin, BigDecimal cash, boolean paid) {
        return switch (cash.signum()) {
            case 1 -> origin.moneyIn(cash, paid);
            case -1 -> origin.moneyOut(cash.negate());
            default -> origin;
        };
    }
}
