package org.billingcenter.shared.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.IntConsumer;

import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCallback;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.SqlParameterValue;

/**
 * Statements that go to the database together, in order: where the connection allows several
 * statements in one request (MySQL/MariaDB with {@code allowMultiQueries}), they are sent as one
 * and the database runs them one after the other; elsewhere each is sent on its own. Either way
 * every query's rows reach its handler and every update's row count its check, in the order the
 * statements were added, and a failing statement stops those after it (the caller's transaction
 * then rolls back). A batch of money commands sends its reads in one round trip and its writes in
 * another, instead of a round trip per table: on a small server the waits between statements cost
 * more than the statements.
 */
public final class RoundTrip {

    private record Step(String sql, List<Object> arguments, RowCallbackHandler rows, IntConsumer counted) {
    }

    /** Rows per multi-row insert: long enough for any batch of commands, short of the server's packet limit. */
    static final int ROWS_PER_INSERT = 500;

    private static final SqlParameterValue NULL = new SqlParameterValue(Types.NULL, null);

    private final JdbcTemplate jdbc;
    private final boolean together;
    private final List<Step> steps = new ArrayList<>();

    RoundTrip(JdbcTemplate jdbc, boolean together) {
        this.jdbc = jdbc;
        this.together = together;
    }

    /** A query; {@code rows} sees each row when the round trip is sent. */
    public RoundTrip query(String sql, List<Object> arguments, RowCallbackHandler rows) {
        steps.add(new Step(sql, copy(arguments), rows, null));
        return this;
    }

    /** An insert, update or delete; {@code counted} gets its row count when the round trip is sent (and may refuse it by throwing). */
    public RoundTrip update(String sql, List<Object> arguments, IntConsumer counted) {
        steps.add(new Step(sql, copy(arguments), null, counted));
        return this;
    }

    /**
     * Rows for {@code insert} ({@code INSERT INTO table (columns)}), as multi-row {@code VALUES}
     * lists of up to {@value #ROWS_PER_INSERT} rows each; {@code counted} gets the rows inserted
     * by each of those statements. Each row holds one value per column.
     */
    public RoundTrip insert(String insert, List<Object[]> rows, IntConsumer counted) {
        for (int start = 0; start < rows.size(); start += ROWS_PER_INSERT) {
            List<Object[]> part = rows.subList(start, Math.min(rows.size(), start + ROWS_PER_INSERT));
            List<Object> arguments = new ArrayList<>(part.size() * part.getFirst().length);
            part.forEach(values -> arguments.addAll(Arrays.asList(values)));
            update(insert + " VALUES " + MultiRowInsert.values(part.getFirst().length, part.size()), arguments, counted);
        }
        return this;
    }

    /** Rows whose count does not matter. */
    public RoundTrip insert(String insert, List<Object[]> rows) {
        return insert(insert, rows, count -> { });
    }

    /** An update whose row count does not matter. */
    public RoundTrip update(String sql, List<Object> arguments) {
        return update(sql, arguments, count -> { });
    }

    /** Sends what was added, once; an empty round trip sends nothing. */
    public void send() {
        List<Step> sending = List.copyOf(steps);
        steps.clear();
        if (sending.isEmpty()) {
            return;
        }
        if (!together || sending.size() == 1) {
            sending.forEach(step -> jdbc.execute(step.sql(), (PreparedStatementCallback<Void>) statement -> {
                new ArgumentPreparedStatementSetter(step.arguments().toArray()).setValues(statement);
                statement.execute();
                take(statement, step);
                return null;
            }));
            return;
        }
        String sql = String.join(";\n", sending.stream().map(Step::sql).toList());
        Object[] arguments = sending.stream().flatMap(step -> step.arguments().stream()).toArray();
        jdbc.execute(sql, (PreparedStatementCallback<Void>) statement -> {
            new ArgumentPreparedStatementSetter(arguments).setValues(statement);
            statement.execute();
            for (int i = 0; i < sending.size(); i++) {
                if (i > 0) {
                    statement.getMoreResults();
                }
                take(statement, sending.get(i));
            }
            return null;
        });
    }

    /**
     * The arguments as added, a null argument as an SQL NULL of no particular type: a bare null made
     * Spring ask the driver for the parameter's type, which MySQL's driver answers by throwing (an
     * exception, stack trace and all, for every null of every batch).
     */
    private static List<Object> copy(List<Object> arguments) {
        List<Object> copied = new ArrayList<>(arguments.size());
        arguments.forEach(argument -> copied.add(argument == null ? NULL : argument));
        return Collections.unmodifiableList(copied);
    }

    /** Hands the statement's current result to the step: its rows, or its row count. */
    private static void take(PreparedStatement statement, Step step) throws SQLException {
        if (step.rows() != null) {
            try (ResultSet rows = statement.getResultSet()) {
                if (rows == null) {
                    throw new IllegalStateException("No rows came back for: " + step.sql());
                }
                while (rows.next()) {
                    step.rows().processRow(rows);
                }
            }
        } else {
            step.counted().accept(statement.getUpdateCount());
        }
    }
}
