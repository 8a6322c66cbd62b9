package org.billingcenter.wallet;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;

import org.billingcenter.audit.Provenance;
import org.billingcenter.shared.money.Money;
import org.billingcenter.wallet.JournalWriter.KeyRecord;

/**
 * One account's books while its wallet row is locked by a batch of commands: the cash and the
 * usable lots as they stand after the commands applied so far, the idempotency keys already
 * used, and the postings waiting to be written. Commands decide on these figures in memory; the
 * batch then writes all postings at once. A command that fails leaves the books as it found them.
 * Commands that only put cash in need no lock ({@link #cashInOnly}).
 */
final class Books {

    private final long accountId;
    private final Currency currency;
    private final Instant now;
    private BigDecimal cash;
    private final Map<Long, DeductionPlan.Source> lots = new LinkedHashMap<>();
    private final Map<String, KeyRecord> keys = new LinkedHashMap<>();
    private final List<JournalTransaction> postings = new ArrayList<>();
    private final List<KeyRecord> newKeys = new ArrayList<>();
    private final Set<Long> usedUp = new LinkedHashSet<>();
    private final LongSupplier journalIds;

    /**
     * {@code journalIds} numbers postings as they are staged, so an outcome can name its transaction
     * at once; {@code cash} is the locked wallet's balance (none for {@link #cashInOnly}).
     */
    Books(long accountId, Currency currency, BigDecimal cash, Instant now, LongSupplier journalIds) {
        this.accountId = accountId;
        this.currency = currency;
        this.cash = cash;
        this.now = now;
        this.journalIds = journalIds;
    }

    /**
     * Books for commands that only put cash in (payment callbacks), read without locking the wallet
     * row: such a command decides nothing on the balance, and the cash moves by a relative update
     * that waits for whoever holds the wallet when the batch is written. The balance is not known
     * here, and a posting that would take money out, or touch a lot, is refused.
     */
    static Books cashInOnly(long accountId, Currency currency, Instant now, LongSupplier journalIds) {
        return new Books(accountId, currency, null, now, journalIds);
    }

    void knowLot(DeductionPlan.Source lot) {
        lots.put(lot.lotId(), lot);
    }

    /** A lot the deciding command has just made (a voucher, a card): it holds nothing until posted into. */
    void knowNewLot(FundingLot lot) {
        knowLot(new DeductionPlan.Source(lot.getId(), lot.getKind(), BigDecimal.ZERO, lot.getExpiresAt()));
    }

    /** A lot past its expiry, which no charge uses, being written off by the deciding command. */
    void knowLapsedLot(FundingLot lot) {
        knowLot(new DeductionPlan.Source(lot.getId(), lot.getKind(), lot.balance().amount(), lot.getExpiresAt()));
    }

    void knowKey(KeyRecord key) {
        keys.put(key.key(), key);
    }

    long accountId() {
        return accountId;
    }

    /** When the batch deciding on these books started: the time its postings and keys carry. */
    Instant now() {
        return now;
    }

    Money cash() {
        if (cash == null) {
            throw new IllegalStateException("The wallet of account " + accountId + " is not locked: its balance is not known here");
        }
        return Money.of(cash.stripTrailingZeros(), currency);
    }

    List<DeductionPlan.Source> usableLots() {
        return List.copyOf(lots.values());
    }

    LotKind kindOf(long lotId) {
        return lots.get(lotId).kind();
    }

    void requireCurrency(Money amount) {
        MoneyRules.requireCurrency(currency, amount);
    }

    /**
     * Runs {@code command} on these books once per key, as {@code by}: a known key with the same
     * parameters gives its first outcome back, with other parameters it is refused; a new key (or
     * none, see {@link MoneyCommand#idempotencyKey}) decides, and its postings and outcome are kept
     * only if it completes.
     */
    <R extends MoneyCommand.Result> R once(MoneyCommand<R> command, Provenance by) {
        String key = command.idempotencyKey();
        String fingerprint = null;
        if (key != null) {
            Idempotency.requireUsableKey(key);
            fingerprint = Idempotency.fingerprint(command.name(), command.parameters());
            KeyRecord earlier = keys.get(key);
            if (earlier != null) {
                return command.replayed(Idempotency.replay(earlier.fingerprint(), earlier.outcome(), fingerprint));
            }
        }
        int posted = postings.size();
        try {
            R outcome = command.decide(this, by);
            if (key != null) {
                KeyRecord record = new KeyRecord(accountId, key, command.name(), fingerprint, outcome.stored(), now);
                keys.put(key, record);
                newKeys.add(record);
            }
            return outcome;
        } catch (RuntimeException e) {
            while (postings.size() > posted) {
                apply(postings.removeLast(), BigDecimal.ONE.negate());
            }
            throw e;
        }
    }

    /** Stages a balanced journal transaction and moves the figures it moves; a lot never goes below zero. */
    JournalTransaction post(JournalTransaction transaction) {
        JournalWriter.requireBalanced(transaction);
        if (cash == null) {
            requireCashIn(transaction);
        }
        apply(transaction, BigDecimal.ONE);
        transaction.assignId(journalIds.getAsLong());
        postings.add(transaction);
        return transaction;
    }

    private void apply(JournalTransaction transaction, BigDecimal sign) {
        for (JournalEntry entry : transaction.getEntries()) {
            BigDecimal delta = entry.getAmount().amount().multiply(sign);
            if (entry.getLedger() == LedgerAccount.CUSTOMER_CASH) {
                if (cash != null) {
                    cash = cash.add(delta);
                }
            } else if (entry.getLedger() == LedgerAccount.CUSTOMER_LOT) {
                DeductionPlan.Source lot = lots.get(entry.getLotId());
                if (lot == null) {
                    throw new IllegalStateException("Lot " + entry.getLotId() + " is not among the usable lots of account " + accountId);
                }
                BigDecimal balance = lot.balance().add(delta);
                if (balance.signum() < 0) {
                    throw new IllegalStateException("Lot " + lot.lotId() + " cannot move by " + delta + ": it would go below zero");
                }
                lots.put(lot.lotId(), new DeductionPlan.Source(lot.lotId(), lot.kind(), balance, lot.expiresAt()));
                if (balance.signum() == 0) {
                    usedUp.add(lot.lotId());
                } else {
                    usedUp.remove(lot.lotId());
                }
            }
        }
    }

    private void requireCashIn(JournalTransaction transaction) {
        for (JournalEntry entry : transaction.getEntries()) {
            boolean cashOut = entry.getLedger() == LedgerAccount.CUSTOMER_CASH && entry.getAmount().amount().signum() <= 0;
            if (cashOut || entry.getLedger() == LedgerAccount.CUSTOMER_LOT) {
                throw new IllegalStateException("Account " + accountId + " only takes cash in here: its wallet is not locked");
            }
        }
    }

    List<JournalTransaction> postings() {
        return postings;
    }

    List<KeyRecord> newKeys() {
        return newKeys;
    }

    /** Lots the staged postings emptied: they are marked used up when the batch is written. */
    Set<Long> usedUpLots() {
        return usedUp;
    }
}
