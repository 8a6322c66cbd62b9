package org.billingcenter.wallet;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.EntityManager;

import org.billingcenter.shared.persistence.Utc;
import org.billingcenter.shared.persistence.InLists;
import org.billingcenter.shared.persistence.IdBlocks;
import org.billingcenter.shared.persistence.InTransaction;
import org.billingcenter.shared.persistence.ParameterMarks;
import org.billingcenter.shared.persistence.RoundTrip;
import org.billingcenter.shared.persistence.RoundTrips;
import org.billingcenter.shared.tenancy.TenantContext;
import org.billingcenter.wallet.JournalWriter.KeyRecord;
import org.springframework.stereotype.Component;

/**
 * Opens and writes {@link Books} for a batch of commands: locks the wallets of all the batch's
 * accounts in one statement (in account order, so two batches never wait on each other in a
 * cycle), then reads, under those locks, the keys already used and the usable lots, all in one
 * {@link RoundTrip}; at the end writes every posting through the {@link JournalWriter}, in another.
 */
@Component
class Bookkeeper {

    private final RoundTrips roundTrips;
    private final JournalWriter writer;
    private final EntityManager entityManager;
    private final IdBlocks ids;

    Bookkeeper(RoundTrips roundTrips, JournalWriter writer, EntityManager entityManager, IdBlocks ids) {
        this.roundTrips = roundTrips;
        this.writer = writer;
        this.entityManager = entityManager;
        this.ids = ids;
    }

    /**
     * The locked books of each account that has a wallet, by account id; {@code withLots} when commands spend lots.
     * {@code keys} are the commands' idempotency keys, in the order of {@code accountIds} (empty when the
     * commands have none).
     */
    Map<Long, Books> open(Collection<Long> accountIds, Collection<String> keys, boolean withLots, Instant now) {
        InTransaction.require();
        String tenant = TenantContext.require();
        List<Long> accounts = InLists.padded(List.copyOf(new TreeSet<>(accountIds)));
        Map<Long, Books> books = new LinkedHashMap<>();
        if (accounts.isEmpty()) {
            return books;
        }
        RoundTrip reads = roundTrips.start();
        reads.query(lockWallets(accounts.size()), InLists.tenantPairArguments(tenant, accounts),
                row -> {
                    long account = row.getLong(1);
                    books.put(account, new Books(account, Currency.getInstance(row.getString(2).strip()), row.getBigDecimal(3), now,
                            this::nextJournalId));
                });
        // The rows below are read after the wallets are locked; those of an account without a wallet are left out.
        List<Map.Entry<Long, String>> usedKeys = InLists.padded(keyPairs(new ArrayList<>(accountIds), new ArrayList<>(keys)));
        if (!usedKeys.isEmpty()) {
            // By (account, key) pairs: one index lookup per command, where "account IN (…) AND key IN (…)"
            // would look up every account with every key.
            List<Object> args = new ArrayList<>(2 * usedKeys.size() + 1);
            args.add(tenant);
            usedKeys.forEach(pair -> {
                args.add(pair.getKey());
                args.add(pair.getValue());
            });
            reads.query("SELECT account_id, idem_key, command, fingerprint, outcome, created_at FROM idempotency_record"
                    + " WHERE tenant_id = ? AND (account_id, idem_key) IN (" + String.join(", ", Collections.nCopies(usedKeys.size(), "(?, ?)"))
                    + ")", args,
                    row -> {
                        Books account = books.get(row.getLong(1));
                        if (account != null) {
                            account.knowKey(new KeyRecord(row.getLong(1), row.getString(2), row.getString(3),
                                    row.getString(4), row.getString(5), Utc.instant(row.getTimestamp(6))));
                        }
                    });
        }
        if (withLots) {
            List<Object> args = InLists.tenantThen(tenant, accounts);
            args.add(Utc.wallClock(now));
            args.add(Utc.wallClock(now));
            reads.query("SELECT id, account_id, kind, balance, expires_at FROM funding_lot WHERE tenant_id = ? AND account_id IN ("
                    + ParameterMarks.of(accounts.size()) + ") AND status = 'ACTIVE' AND valid_from <= ? AND expires_at > ? AND balance > 0"
                    + " ORDER BY expires_at, id", args,
                    row -> {
                        Books account = books.get(row.getLong(2));
                        if (account != null) {
                            account.knowLot(new DeductionPlan.Source(row.getLong(1), LotKind.valueOf(row.getString(3)),
                                    row.getBigDecimal(4), Utc.instant(row.getTimestamp(5))));
                        }
                    });
        }
        reads.send();
        return books;
    }

    /** The books of an account the batch's commands only put cash into ({@link Books#cashInOnly}): its wallet is not locked. */
    Books cashInOnly(long accountId, Currency currency, Instant now) {
        return Books.cashInOnly(accountId, currency, now, this::nextJournalId);
    }

    private long nextJournalId() {
        return ids.next(JournalWriter.SEQUENCE, 1);
    }

    /** Writes what the batch's commands staged, in the transaction that holds the locks. */
    void write(Collection<Books> books) {
        RoundTrip writes = roundTrips.start();
        write(books, writes);
        writes.send();
    }

    /** The same, in {@code writes}: written when it is sent, with whatever else the caller adds to it. */
    void write(Collection<Books> books, RoundTrip writes) {
        InTransaction.require();
        List<JournalTransaction> postings = new ArrayList<>();
        List<KeyRecord> keys = new ArrayList<>();
        for (Books account : books) {
            postings.addAll(account.postings());
            keys.addAll(account.newKeys());
        }
        writer.stage(postings, keys, writes);
        // Rare (a lot just emptied), and audited like any status change of a lot.
        books.stream().flatMap(account -> account.usedUpLots().stream())
                .forEach(lotId -> entityManager.find(FundingLot.class, lotId).markUsedUp());
    }

    /** Each command's (account, key), once. */
    private static List<Map.Entry<Long, String>> keyPairs(List<Long> accountIds, List<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        if (keys.size() != accountIds.size()) {
            throw new IllegalArgumentException("One idempotency key per command: " + keys.size() + " keys for " + accountIds.size() + " commands");
        }
        Set<Map.Entry<Long, String>> pairs = new LinkedHashSet<>();
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            if (key != null && !key.isBlank()) {
                pairs.add(Map.entry(accountIds.get(i), key));
            }
        }
        return List.copyOf(pairs);
    }

    /**
     * Locks the wallets of {@code count} accounts (given in account order) one look-up in the unique
     * index each, in that order. An IN list would do the same on a large table, but on a tenant's
     * few dozen wallets the optimizer reads the whole index instead, and a locking read waits for
     * every wallet that another batch holds: batches of different kinds, or two of one kind, would
     * then wait for each other although they share no wallet.
     */
    private static String lockWallets(int count) {
        return String.join(" UNION ALL ", Collections.nCopies(count,
                "(SELECT account_id, currency, cash_balance FROM wallet WHERE tenant_id = ? AND account_id = ? FOR UPDATE)"));
    }
}
