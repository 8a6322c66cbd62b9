package org.billingcenter.wallet;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posts journal transactions. Refuses any that does not balance, and moves the wallet's cached
 * cash by exactly the transaction's customer-cash side, in the caller's database transaction.
 */
@Component
class Ledger {

    private final JournalTransactionRepository journal;
    private final WalletRepository wallets;
    private final FundingLotRepository lots;

    Ledger(JournalTransactionRepository journal, WalletRepository wallets, FundingLotRepository lots) {
        this.journal = journal;
        this.wallets = wallets;
        this.lots = lots;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    JournalTransaction post(Wallet wallet, JournalTransaction transaction) {
        requireBalanced(transaction);
        JournalTransaction posted = journal.save(transaction);
        BigDecimal cashDelta = transaction.getEntries().stream()
                .filter(entry -> entry.getLedger() == LedgerAccount.CUSTOMER_CASH)
                .map(entry -> entry.getAmount().amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (cashDelta.signum() != 0 && wallets.addToCash(wallet.getId(), cashDelta) != 1) {
            throw new IllegalStateException("Wallet " + wallet.getId() + " vanished while posting");
        }
        transaction.getEntries().stream()
                .filter(entry -> entry.getLedger() == LedgerAccount.CUSTOMER_LOT)
                .collect(Collectors.groupingBy(JournalEntry::getLotId,
                        Collectors.reducing(BigDecimal.ZERO, entry -> entry.getAmount().amount(), BigDecimal::add)))
                .forEach((lotId, delta) -> {
                    if (lots.addToBalance(lotId, delta) != 1) {
                        throw new IllegalStateException("Lot " + lotId + " cannot move by " + delta + ": it would go below zero");
                    }
                });
        return posted;
    }

    private static void requireBalanced(JournalTransaction transaction) {
        if (transaction.getEntries().size() < 2) {
            throw new IllegalArgumentException("A journal transaction needs at least two entries");
        }
        Map<String, BigDecimal> sums = transaction.getEntries().stream().collect(Collectors.groupingBy(
                entry -> entry.getAmount().currency().getCurrencyCode(),
                Collectors.reducing(BigDecimal.ZERO, entry -> entry.getAmount().amount(), BigDecimal::add)));
        sums.forEach((currency, sum) -> {
            if (sum.signum() != 0) {
                throw new IllegalArgumentException("Journal transaction does not balance in " + currency + ": " + sum);
            }
        });
    }
}
