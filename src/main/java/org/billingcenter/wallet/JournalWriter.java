package org.billingcenter.wallet;

import java.math.BigDecimal;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.billingcenter.shared.persistence.Utc;
import org.billingcenter.shared.persistence.InLists;
import org.billingcenter.shared.persistence.IdBlocks;
import org.billingcenter.shared.persistence.InTransaction;
import org.billingcenter.shared.persistence.RoundTrip;
import org.billingcenter.shared.persistence.RoundTrips;
import org.billingcenter.shared.tenancy.TenantContext;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.stereotype.Component;

/**
 * The only writer of the journal and of the balances cached from it. Writes any number of journal
 * transactions with a handful of statements (multi-row inserts, one update for all wallets and one
 * conditional update per lot touched), sent together in one {@link RoundTrip} in the caller's
 * database transaction, so a batch of commands costs little more than one. Refuses a transaction
 * that does not balance, and a lot that would go below zero.
 *
 * <p>Plain SQL, each statement naming the tenant: Hibernate's tenant filter does not reach here.
 */
@Component
class JournalWriter {

    static final String SEQUENCE = "journal_transaction";

    private static final String INSERT_TRANSACTION = """
            INSERT INTO journal_transaction (id, tenant_id, account_id, kind, description, occurred_at, value_date, item_code,
                actor, client_address, reason)""";
    private static final String INSERT_ENTRY = """
            INSERT INTO journal_entry (tenant_id, transaction_id, ledger, account_id, amount, currency, lot_id, invoiceable)""";
    private static final String MOVE_LOT = """
            UPDATE funding_lot SET balance = balance + ? WHERE tenant_id = ? AND id = ? AND balance + ? >= 0""";
    private static final String INSERT_KEY = """
            INSERT INTO idempotency_record (tenant_id, account_id, idem_key, command, fingerprint, outcome, created_at)""";

    private final IdBlocks ids;
    private final RoundTrips roundTrips;

    JournalWriter(IdBlocks ids, RoundTrips roundTrips) {
        this.ids = ids;
        this.roundTrips = roundTrips;
    }

    void write(List<JournalTransaction> transactions, List<KeyRecord> keys) {
        InTransaction.require();
        RoundTrip writes = roundTrips.start();
        stage(transactions, keys, writes);
        writes.send();
    }

    /** Adds the statements that write {@code transactions} and {@code keys} to {@code writes}; they take effect when it is sent. */
    void stage(List<JournalTransaction> transactions, List<KeyRecord> keys, RoundTrip writes) {
        if (transactions.isEmpty() && keys.isEmpty()) {
            return;
        }
        String tenant = TenantContext.require();
        transactions.forEach(JournalWriter::requireBalanced);
        insertTransactions(tenant, transactions, writes);
        moveCaches(tenant, transactions, writes);
        if (!keys.isEmpty()) {
            writes.insert(INSERT_KEY, keys.stream().map(key -> new Object[] {tenant, key.accountId(), key.key(), key.command(),
                    key.fingerprint(), key.outcome(), Utc.wallClock(key.createdAt())}).toList());
        }
    }

    private void insertTransactions(String tenant, List<JournalTransaction> transactions, RoundTrip writes) {
        if (transactions.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> entryRows = new ArrayList<>();
        List<JournalTransaction> unnumbered = transactions.stream().filter(t -> t.getId() == null).toList();
        for (int start = 0; start < unnumbered.size(); start += IdBlocks.BLOCK_SIZE) {
            List<JournalTransaction> chunk = unnumbered.subList(start, Math.min(unnumbered.size(), start + IdBlocks.BLOCK_SIZE));
            long id = ids.next(SEQUENCE, chunk.size());
            for (JournalTransaction transaction : chunk) {
                transaction.assignId(id++);
            }
        }
        for (JournalTransaction t : transactions) {
            rows.add(new Object[] {t.getId(), tenant, t.getAccountId(), t.getKind().name(), t.getDescription(),
                    Utc.wallClock(t.getOccurredAt()), t.getValueDate(), text(t.getItemCode()), text(t.getActor()), text(t.getClientAddress()),
                    text(t.getReason())});
            for (JournalEntry e : t.getEntries()) {
                entryRows.add(new Object[] {tenant, t.getId(), e.getLedger().name(), t.getAccountId(), e.getAmount().amount(),
                        e.getAmount().currency().getCurrencyCode(), new SqlParameterValue(Types.BIGINT, e.getLotId()), e.isInvoiceable()});
            }
        }
        writes.insert(INSERT_TRANSACTION, rows);
        writes.insert(INSERT_ENTRY, entryRows);
    }

    /** One update per wallet and per lot, in id order so concurrent writers never wait on each other in a cycle. */
    private void moveCaches(String tenant, List<JournalTransaction> transactions, RoundTrip writes) {
        Map<Long, BigDecimal> cashByAccount = new TreeMap<>();
        Map<Long, BigDecimal> byLot = new TreeMap<>();
        for (JournalTransaction t : transactions) {
            for (JournalEntry e : t.getEntries()) {
                if (e.getLedger() == LedgerAccount.CUSTOMER_CASH) {
                    cashByAccount.merge(t.getAccountId(), e.getAmount().amount(), BigDecimal::add);
                } else if (e.getLedger() == LedgerAccount.CUSTOMER_LOT) {
                    byLot.merge(e.getLotId(), e.getAmount().amount(), BigDecimal::add);
                }
            }
        }
        cashByAccount.values().removeIf(delta -> delta.signum() == 0);
        byLot.values().removeIf(delta -> delta.signum() == 0);
        if (!cashByAccount.isEmpty()) {
            writes.update(moveCash(InLists.padded(List.copyOf(cashByAccount.keySet())).size()), moveCashArguments(tenant, cashByAccount),
                    moved -> {
                        if (moved != cashByAccount.size()) {
                            throw new IllegalStateException("A wallet of accounts " + cashByAccount.keySet() + " vanished while posting");
                        }
                    });
        }
        // One statement each: the guard against going below zero needs each statement's own row count.
        byLot.forEach((lotId, delta) -> writes.update(MOVE_LOT, List.of(delta, tenant, lotId, delta), moved -> {
            if (moved != 1) {
                throw new IllegalStateException("Lot " + lotId + " cannot move by " + delta + ": it would go below zero");
            }
        }));
    }

    /** All wallets of the batch in one statement: {@code cash_balance + CASE account_id WHEN … THEN … END}. */
    private static String moveCash(int wallets) {
        return "UPDATE wallet SET cash_balance = cash_balance + CASE account_id"
                + " WHEN ? THEN CAST(? AS DECIMAL(19, 4))".repeat(wallets)
                + " END WHERE " + InLists.tenantPairs("account_id", wallets);
    }

    /** Padded as {@link InLists#padded}: a repeated WHEN never matches, a repeated IN value changes nothing. */
    private static List<Object> moveCashArguments(String tenant, Map<Long, BigDecimal> cashByAccount) {
        List<Long> accounts = InLists.padded(List.copyOf(cashByAccount.keySet()));
        List<Object> args = new ArrayList<>();
        for (Long account : accounts) {
            args.add(account);
            args.add(cashByAccount.get(account));
        }
        args.addAll(InLists.tenantPairArguments(tenant, accounts));
        return args;
    }

    static void requireBalanced(JournalTransaction transaction) {
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

    /**
     * A value that may be null, with its SQL type: without one, binding a null asks the driver for
     * parameter and database metadata on every row.
     */
    private static SqlParameterValue text(String value) {
        return new SqlParameterValue(Types.VARCHAR, value);
    }

    /** A command's first outcome, recorded in the same transaction as its postings. */
    record KeyRecord(long accountId, String key, String command, String fingerprint, String outcome, java.time.Instant createdAt) {
    }
}
