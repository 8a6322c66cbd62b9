package org.billingcenter.billing;

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
 */
final class MultiRowInsert<T> {

    /** Sets one row's parameters starting at {@code first}. */
    @FunctionalInterface
    interface Binder<T> {
        void bind(PreparedStatement statement, int first, T row) throws SQLException;
    }

    private static final int ROWS_PER_STATEMENT = 400;

    private final String head;
    private final int columns;
    private final Binder<T> binder;

    MultiRowInsert(String table, List<String> columns, Binder<T> binder) {
        this.head = "INSERT IGNORE INTO " + table + " (" + String.join(", ", columns) + ") VALUES ";
        this.columns = columns.size();
        this.binder = binder;
    }

    int insert(JdbcTemplate jdbc, List<T> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        return jdbc.execute((ConnectionCallback<Integer>) connection -> {
            int inserted = 0;
            int full = rows.size() / ROWS_PER_STATEMENT * ROWS_PER_STATEMENT;
            if (full > 0) {
                try (PreparedStatement statement = connection.prepareStatement(sql(ROWS_PER_STATEMENT))) {
                    for (int start = 0; start < full; start += ROWS_PER_STATEMENT) {
                        inserted += run(statement, rows.subList(start, start + ROWS_PER_STATEMENT));
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
        String group = "(" + String.join(",", Collections.nCopies(columns, "?")) + ")";
        return head + String.join(",", Collections.nCopies(rows, group));
    }
}
