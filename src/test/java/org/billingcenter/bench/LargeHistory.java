package org.billingcenter.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.billingcenter.support.TestDatabase;

/**
 * Years of history for every wallet of the app's database, written straight into the journal: for
 * each account {@code perAccount} journal transactions, half recharges (+1 cash) and half charges
 * (−1 cash), with value dates spread over five years and ending before the last 120 days (so the
 * screens' windows hold what they held before; only the tables behind them grow). Each pair nets to
 * zero, so every cached balance still equals its journal.
 */
final class LargeHistory {

    private static final int ROWS_PER_INSERT = 1_000;
    private static final int DAYS = 5 * 365;

    private record Wallet(long accountId, String tenant, String currency) {
    }

    private LargeHistory() {
    }

    /** Adds the history; returns the journal transactions written. */
    static long add(int perAccount) throws SQLException {
        try (Connection db = DriverManager.getConnection(TestDatabase.url(), TestDatabase.user(), TestDatabase.password())) {
            db.setAutoCommit(false);
            List<Wallet> wallets = new ArrayList<>();
            try (Statement query = db.createStatement();
                    ResultSet rows = query.executeQuery("SELECT account_id, tenant_id, currency FROM wallet ORDER BY account_id")) {
                while (rows.next()) {
                    wallets.add(new Wallet(rows.getLong(1), rows.getString(2), rows.getString(3).strip()));
                }
            }
            long total = (long) perAccount * wallets.size();
            long firstId = reserveIds(db, total);
            LocalDate last = LocalDate.now().minusDays(120);
            try (PreparedStatement transactions = db.prepareStatement("""
                    INSERT INTO journal_transaction (id, tenant_id, account_id, kind, description, occurred_at, value_date, item_code, actor)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'history')""");
                    PreparedStatement entries = db.prepareStatement("""
                    INSERT INTO journal_entry (tenant_id, transaction_id, ledger, account_id, amount, currency, lot_id, invoiceable)
                    VALUES (?, ?, ?, ?, ?, ?, NULL, ?)""")) {
                long id = firstId;
                int pending = 0;
                for (Wallet wallet : wallets) {
                    long account = wallet.accountId();
                    String tenant = wallet.tenant();
                    String currency = wallet.currency();
                    for (int n = 0; n < perAccount; n++, id++) {
                        boolean charge = n % 2 == 1;
                        LocalDate day = last.minusDays((long) (perAccount - 1 - n) * DAYS / perAccount);
                        transactions.setLong(1, id);
                        transactions.setString(2, tenant);
                        transactions.setLong(3, account);
                        transactions.setString(4, charge ? "CHARGE" : "ADJUSTMENT");
                        transactions.setString(5, charge ? "Compute, hourly" : "Credit");
                        transactions.setObject(6, day.atTime(12, 0));
                        transactions.setObject(7, day);
                        transactions.setString(8, charge ? "COMPUTE" : null);
                        transactions.addBatch();
                        entry(entries, tenant, id, "CUSTOMER_CASH", account, charge ? "-1.00" : "1.00", currency, charge);
                        entry(entries, tenant, id, charge ? "REVENUE" : "ADJUSTMENTS", account, charge ? "1.00" : "-1.00", currency, false);
                        if (++pending == ROWS_PER_INSERT) {
                            flush(db, transactions, entries);
                            pending = 0;
                        }
                    }
                }
                flush(db, transactions, entries);
            }
            try (Statement analyze = db.createStatement()) {
                analyze.execute("ANALYZE TABLE journal_transaction, journal_entry");
            }
            return total;
        }
    }

    private static void entry(PreparedStatement entries, String tenant, long transaction, String ledger, long account, String amount,
            String currency, boolean invoiceable) throws SQLException {
        entries.setString(1, tenant);
        entries.setLong(2, transaction);
        entries.setString(3, ledger);
        entries.setLong(4, account);
        entries.setBigDecimal(5, new java.math.BigDecimal(amount));
        entries.setString(6, currency);
        entries.setBoolean(7, invoiceable);
        entries.addBatch();
    }

    private static void flush(Connection db, PreparedStatement transactions, PreparedStatement entries) throws SQLException {
        transactions.executeBatch();
        entries.executeBatch();
        db.commit();
    }

    /** Takes ids from the app's own block counter, so the app never hands out one of these. */
    private static long reserveIds(Connection db, long count) throws SQLException {
        try (PreparedStatement reserve = db.prepareStatement("UPDATE id_block SET next_value = next_value + ? WHERE name = 'journal_transaction'");
                Statement read = db.createStatement()) {
            reserve.setLong(1, count);
            reserve.executeUpdate();
            try (ResultSet next = read.executeQuery("SELECT next_value FROM id_block WHERE name = 'journal_transaction'")) {
                next.next();
                long first = next.getLong(1) - count;
                db.commit();
                return first;
            }
        }
    }
}
