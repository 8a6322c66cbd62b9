package org.billingcenter.shared.persistence;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes many rows with few statements: {@code INSERT IGNORE ... VALUES (...),(...)} of up to a
 * few hundred rows each, one round trip per statement, the same SQL text reused so the server
 * parses it once. IGNORE makes a re-run skip rows it wrote before; the count says how many are new.
 * The one multi-row insert of the application: {@link RoundTrip#insert} writes its {@link #values}.
 */
public final class MultiRowInsert<T> {

    /** Sets one row's parameters starting at {@code first}. */
    @FunctionalInterface
    public interface Binder<T> {
        void bind(PreparedStatement statement, int first, T row) throws SQLException;
    }

    private final String head;
    private final int columns;
    private final int rowsPerStatement;
    private final Binder<T> binder;

    /** Up to {@code rowsPerStatement} rows a statement, each bound by {@code binder}. */
    public MultiRowInsert(String table, List<String> columns, int rowsPerStatement, Binder<T> binder) {
        this.head = "INSERT IGNORE INTO " + table + " (" + String.join(", ", columns) + ") VALUES ";
        this.columns = columns.size();
        this.rowsPerStatement = rowsPerStatement;
        this.binder = binder;
    }

    /** The {@code VALUES} lists of {@code rows} rows of {@code columns} parameters each. */
    public static String values(int columns, int rows) {
        String group = "(" + String.join(",", Collections.nCopies(columns, "?")) + ")";
        return String.join(",", Collections.nCopies(rows, group));
    }

    /** Inserts the rows not there yet; returns how many were new. */
    public int insert(JdbcTemplate jdbc, List<T> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        return jdbc.execute((ConnectionCallback<Integer>) connection -> {
            int inserted = 0;
            int full = rows.size() / rowsPerStatement * rowsPerStatement;
            if (full > 0) {
                try (PreparedStatement statement = connection.prepareStatement(sql(rowsPerStatement))) {
                    for (int start = 0; start < full; start += rowsPerStatement) {
                        inserted += run(statement, rows.subList(start, start + rowsPerStatement));
                    }
                }
            }
            if (full < rows.size()) {
                try (PreparedStatement statement = connection.prepareStatement(sql(rows.size() - full))) {
                    inserted += run(statement, rows.subList(full, rows.size()));
                }
            }
            return inserted;
        });
    }

    private int run(PreparedStatement statement, List<T> part) throws SQLException {
        int first = 1;
        for (T row : part) {
            binder.bind(statement, first, row);
            first += columns;
        }
        return statement.executeUpdate();
    }

    private String sql(int rows) {
        return head + values(columns, rows);
    }
}
