package org.billingcenter.wallet;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
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

import org.billingcenter.shared.persistence.IdBlocks;
import org.billingcenter.shared.persistence.ParameterMarks;
import org.billingcenter.shared.tenancy.TenantContext;
import org.billingcenter.wallet.JournalWriter.KeyRecord;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens and writes {@link Books} for a batch of commands: locks the wallets of all the batch's
 * accounts in one statement (in account order, so two batches never wait on each other in a
 * cycle), then reads, under those locks, the keys already used and the usable lots; at the end
 * writes every posting through the {@link JournalWriter}.
 */
@Component
class Bookkeeper {

    private final JdbcTemplate jdbc;
    private final JournalWriter writer;
    private final EntityManager entityManager;
    private final IdBlocks ids;

    Bookkeeper(JdbcTemplate jdbc, JournalWriter writer, EntityManager entityManager, IdBlocks ids) {
        this.jdbc = jdbc;
        this.writer = writer;
        this.entityManager = entityManager;
        this.ids = ids;
    }

    /**
     * The locked books of each account that has a wallet, by account id; {@code withLots} when commands spend lots.
     * {@code keys} are the commands' idempotency keys, in the order of {@code accountIds} (empty when the
     * commands have none).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Map<Long, Books> open(Collection<Long> accountIds, Collection<String> keys, boolean withLots, Instant now) {
        String tenant = TenantContext.require();
        List<Long> accounts = padded(List.copyOf(new TreeSet<>(accountIds)));
        Map<Long, Books> books = new LinkedHashMap<>();
        jdbc.query("SELECT account_id, currency, cash_balance FROM wallet WHERE tenant_id = ? AND account_id IN ("
                + ParameterMarks.of(accounts.size()) + ") ORDER BY account_id FOR UPDATE",
                row -> {
                    long account = row.getLong(1);
                    books.put(account, new Books(account, Currency.getInstance(row.getString(2).strip()), row.getBigDecimal(3), now,
                            () -> ids.next(JournalWriter.SEQUENCE, 1)));
                }, arguments(tenant, accounts).toArray());
        if (books.isEmpty()) {
            return books;
        }
        List<Long> locked = padded(List.copyOf(books.keySet()));
        List<Map.Entry<Long, String>> usedKeys = padded(keyPairs(new ArrayList<>(accountIds), new ArrayList<>(keys), books.keySet()));
        if (!usedKeys.isEmpty()) {
            // By (account, key) pairs: one index lookup per command, where "account IN (…) AND key IN (…)"
            // would look up every account with every key.
            List<Object> args = new ArrayList<>(2 * usedKeys.size() + 1);
            args.add(tenant);
            usedKeys.forEach(pair -> {
                args.add(pair.getKey());
                args.add(pair.getValue());
            });
            jdbc.query("SELECT account_id, idem_key, command, fingerprint, outcome, created_at FROM idempotency_record"
                    + " WHERE tenant_id = ? AND (account_id, idem_key) IN (" + String.join(", ", Collections.nCopies(usedKeys.size(), "(?, ?)"))
                    + ")",
                    row -> {
                        books.get(row.getLong(1)).knowKey(new KeyRecord(row.getLong(1), row.getString(2), row.getString(3),
                                row.getString(4), row.getString(5), instant(row.getTimestamp(6))));
                    }, args.toArray());
        }
        if (withLots) {
            List<Object> args = arguments(tenant, locked);
            args.add(utc(now));
            args.add(utc(now));
            jdbc.query("SELECT id, account_id, kind, balance, expires_at FROM funding_lot WHERE tenant_id = ? AND account_id IN ("
                    + ParameterMarks.of(locked.size()) + ") AND status = 'ACTIVE' AND valid_from <= ? AND expires_at > ? AND balance > 0"
                    + " ORDER BY expires_at, id",
                    row -> {
                        books.get(row.getLong(2)).knowLot(new DeductionPlan.Source(row.getLong(1), LotKind.valueOf(row.getString(3)),
                                row.getBigDecimal(4), instant(row.getTimestamp(5))));
                    }, args.toArray());
        }
        return books;
    }

    /** Writes what the batch's commands staged, in the transaction that holds the locks. */
    @Transactional(propagation = Propagation.MANDATORY)
    void write(Collection<Books> books) {
        List<JournalTransaction> postings = new ArrayList<>();
        List<KeyRecord> keys = new ArrayList<>();
        for (Books account : books) {
            postings.addAll(account.postings());
            keys.addAll(account.newKeys());
        }
        writer.write(postings, keys);
        // Rare (a lot just emptied), and audited like any status change of a lot.
        books.stream().flatMap(account -> account.usedUpLots().stream())
                .forEach(lotId -> entityManager.find(FundingLot.class, lotId).markUsedUp());
    }

    /**
     * The list repeated at its end up to the next power of two: IN lists of a few lengths only, so
     * the driver's statement cache holds every shape these queries take. Repeats change no result.
     */
    static <T> List<T> padded(List<T> values) {
        if (values.isEmpty()) {
            return values;
        }
        int size = values.size() == 1 ? 1 : Integer.highestOneBit(values.size() - 1) << 1;
        List<T> padded = new ArrayList<>(values);
        while (padded.size() < size) {
            padded.add(values.getLast());
        }
        return padded;
    }

    /** Each command's (account, key), once, for the accounts that have books. */
    private static List<Map.Entry<Long, String>> keyPairs(List<Long> accountIds, List<String> keys, Set<Long> withBooks) {
        if (keys.isEmpty()) {
            return List.of();
        }
        if (keys.size() != accountIds.size()) {
            throw new IllegalArgumentException("One idempotency key per command: " + keys.size() + " keys for " + accountIds.size() + " commands");
        }
        Set<Map.Entry<Long, String>> pairs = new LinkedHashSet<>();
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            if (key != null && !key.isBlank() && withBooks.contains(accountIds.get(i))) {
                pairs.add(Map.entry(accountIds.get(i), key));
            }
        }
        return List.copyOf(pairs);
    }

    /** The tenant, then the accounts: the first parameters of every query here. */
    private static List<Object> arguments(String tenant, List<Long> accounts) {
        List<Object> args = new ArrayList<>(accounts.size() + 8);
        args.add(tenant);
        args.addAll(accounts);
        return args;
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(Timestamp utcWallClock) {
        return utcWallClock.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
}
