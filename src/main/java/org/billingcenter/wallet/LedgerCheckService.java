package org.billingcenter.wallet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;

import org.billingcenter.shared.identity.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proves the books of an account agree with themselves: every journal transaction sums to zero,
 * the cached cash and lot balances equal the journal's sums, and no lot is below zero.
 */
@Service
@Transactional(readOnly = true)
public class LedgerCheckService {

    private final EntityManager entityManager;
    private final WalletRepository wallets;
    private final JournalTransactionRepository journal;

    LedgerCheckService(EntityManager entityManager, WalletRepository wallets, JournalTransactionRepository journal) {
        this.entityManager = entityManager;
        this.wallets = wallets;
        this.journal = journal;
    }

    @RolesAllowed(Role.Names.OPERATOR)
    public LedgerCheck check(long accountId) {
        List<String> problems = new ArrayList<>();
        Wallet wallet = wallets.findByAccountId(accountId).orElseThrow();
        BigDecimal journalCash = journal.sumOf(accountId, LedgerAccount.CUSTOMER_CASH);
        if (wallet.cash().amount().compareTo(journalCash) != 0) {
            problems.add("cash balance " + wallet.cash() + " but journal says " + journalCash);
        }
        List<Object[]> unbalanced = entityManager.createQuery("""
                select t.id, sum(e.amount.amount) from JournalEntry e join e.transaction t
                where t.accountId = :accountId group by t.id having sum(e.amount.amount) <> 0""", Object[].class)
                .setParameter("accountId", accountId).getResultList();
        unbalanced.forEach(row -> problems.add("transaction " + row[0] + " sums to " + row[1]));
        List<FundingLot> lots = entityManager.createQuery("select l from FundingLot l where l.accountId = :accountId", FundingLot.class)
                .setParameter("accountId", accountId).getResultList();
        for (FundingLot lot : lots) {
            BigDecimal fromJournal = journal.sumOfLot(lot.getId(), LedgerAccount.CUSTOMER_LOT);
            if (lot.balance().amount().compareTo(fromJournal) != 0) {
                problems.add("lot " + lot.getId() + " balance " + lot.balance() + " but journal says " + fromJournal);
            }
            if (lot.balance().isNegative()) {
                problems.add("lot " + lot.getId() + " is below zero");
            }
        }
        return new LedgerCheck(accountId, (int) journal.countByAccountId(accountId), lots.size(), problems);
    }
}
