package org.billingcenter.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.billingcenter.support.TestDatabase;

/**
 * What one batch of credits asks of the database, with no application around it: the statements
 * the wallet's group commit sends for {@code accounts.size()} credits (lock the wallets, look up
 * the keys, insert the journal transactions, their entries and the keys, move the cash, commit),
 * sent by plain JDBC on one connection. Its rate is the most one batch in flight at a time can
 * reach on this server with these rows; the benchmark prints it beside the real path.
 *
 * <p>Each credit is balanced (adjustments −1, cash +1) and moves its wallet's cash, so the ledger
 * check of these accounts holds afterwards. Journal ids come from a range the application never
 * hands out in a benchmark run.
 */
final class JournalRowsAlone implements AutoCloseable {

    private static final BigDecimal ONE = new BigDecimal("1.00");
    private static final String FINGERPRINT = "0".repeat(64);

    private final Connection connection;
    private final String tenant;
    private final List<Long> accounts;
    private final int padded;
    private long nextId = 8_000_000_000_000L;

    JournalRowsAlone(String url, String tenant, List<Long> accounts) throws SQLException {
        this.connection = DriverManager.getConnection(url, TestDatabase.user(), TestDatabase.password());
        this.connection.setAutoCommit(false);
        this.tenant = tenant;
        this.accounts = List.copyOf(accounts);
        this.padded = accounts.size() == 1 ? 1 : Integer.highestOneBit(accounts.size() - 1) << 1;
    }

    /** One batch: a credit of 1.00 to each account, committed. */
    void batch() {
        try {
            List<String> keys = accounts.stream().map(account -> UUID.randomUUID().toString()).toList();
            lockWallets();
            lookUp(keys);
            long first = nextId;
            nextId += accounts.size();
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
            insertTransactions(first, now);
            insertEntries(first);
            moveCash();
            insertKeys(keys, first, now);
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void lockWallets() throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT account_id, currency, cash_balance FROM wallet"
                + " WHERE tenant_id = ? AND account_id IN (" + marks("?") + ") ORDER BY account_id FOR UPDATE")) {
            lock.setString(1, tenant);
            for (int i = 0; i < padded; i++) {
                lock.setLong(2 + i, account(i));
            }
            drain(lock);
        }
    }

    /** As the application does before deciding: none of the keys is known yet, each costs an index lookup. */
    private void lookUp(List<String> keys) throws SQLException {
        try (PreparedStatement known = connection.prepareStatement("SELECT account_id, idem_key, command, fingerprint, outcome, created_at"
                + " FROM idempotency_record WHERE tenant_id = ? AND (account_id, idem_key) IN (" + marks("(?, ?)") + ")")) {
            known.setString(1, tenant);
            for (int i = 0; i < padded; i++) {
                int command = Math.min(i, keys.size() - 1);
                known.setLong(2 + 2 * i, accounts.get(command));
                known.setString(3 + 2 * i, keys.get(command));
            }
            drain(known);
        }
    }

    private void insertTransactions(long first, LocalDateTime now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO journal_transaction (id, tenant_id, account_id, kind,"
                + " description, occurred_at, value_date, item_code, actor, client_address, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < accounts.size(); i++) {
                insert.setLong(1, first + i);
                insert.setString(2, tenant);
                insert.setLong(3, accounts.get(i));
                insert.setString(4, "ADJUSTMENT");
                insert.setString(5, "bench");
                insert.setObject(6, now);
                insert.setObject(7, LocalDate.now(ZoneOffset.UTC));
                insert.setNull(8, Types.VARCHAR);
                insert.setString(9, "operator@bench");
                insert.setNull(10, Types.VARCHAR);
                insert.setString(11, "bench");
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void insertEntries(long first) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO journal_entry (tenant_id, transaction_id, ledger,"
                + " account_id, amount, currency, lot_id, invoiceable) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < accounts.size(); i++) {
                for (String ledger : List.of("ADJUSTMENTS", "CUSTOMER_CASH")) {
                    insert.setString(1, tenant);
                    insert.setLong(2, first + i);
                    insert.setString(3, ledger);
                    insert.setLong(4, accounts.get(i));
                    insert.setBigDecimal(5, ledger.equals("ADJUSTMENTS") ? ONE.negate() : ONE);
                    insert.setString(6, "USD");
                    insert.setNull(7, Types.BIGINT);
                    insert.setBoolean(8, false);
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private void moveCash() throws SQLException {
        try (PreparedStatement move = connection.prepareStatement("UPDATE wallet SET cash_balance = cash_balance + CASE account_id"
                + " WHEN ? THEN CAST(? AS DECIMAL(19, 4))".repeat(padded) + " END WHERE tenant_id = ? AND account_id IN (" + marks("?") + ")")) {
            int index = 1;
            for (int i = 0; i < padded; i++) {
                move.setLong(index++, account(i));
                move.setBigDecimal(index++, ONE);
            }
            move.setString(index++, tenant);
            for (int i = 0; i < padded; i++) {
                move.setLong(index++, account(i));
            }
            if (move.executeUpdate() != accounts.size()) {
                throw new IllegalStateException("A wallet of " + accounts + " is missing");
            }
        }
    }

    private void insertKeys(List<String> keys, long first, LocalDateTime now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO idempotency_record (tenant_id, account_id, idem_key,"
                + " command, fingerprint, outcome, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < accounts.size(); i++) {
                insert.setString(1, tenant);
                insert.setLong(2, accounts.get(i));
                insert.setString(3, keys.get(i));
                insert.setString(4, "CREDIT");
                insert.setString(5, FINGERPRINT);
                insert.setString(6, String.valueOf(first + i));
                insert.setObject(7, now);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }

    /** The account at {@code index}, the last one repeated beyond the end (as the application pads its IN lists). */
    private long account(int index) {
        return accounts.get(Math.min(index, accounts.size() - 1));
    }

    private String marks(String mark) {
        return String.join(", ", Collections.nCopies(padded, mark));
    }

    private static void drain(PreparedStatement query) throws SQLException {
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                rows.getObject(1);
            }
        }
    }
}
