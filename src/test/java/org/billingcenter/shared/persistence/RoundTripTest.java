package org.billingcenter.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.billingcenter.support.ApplicationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Statements sent together on MariaDB behave as if sent one by one: each query's rows and each
 * update's count reach the caller in order, and a failure stops the statements after it.
 */
class RoundTripTest extends ApplicationTest {

    @Autowired
    RoundTrips roundTrips;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;

    @BeforeEach
    void table() {
        jdbc.execute("CREATE TABLE IF NOT EXISTS round_trip_probe (id BIGINT PRIMARY KEY, label VARCHAR(20) NOT NULL)");
        transaction.executeWithoutResult(status -> jdbc.update("DELETE FROM round_trip_probe"));
    }

    @Test
    void theTestDatabaseSendsStatementsTogether() {
        assertThat(roundTrips.together()).isTrue();
    }

    @Test
    void rowsAndCountsComeBackInTheOrderTheStatementsWereAdded() {
        List<String> seen = new ArrayList<>();
        transaction.executeWithoutResult(status -> roundTrips.start()
                .insert("INSERT INTO round_trip_probe (id, label)", List.of(new Object[] {1L, "one"}, new Object[] {2L, "two"}),
                        count -> seen.add("inserted " + count))
                .query("SELECT label FROM round_trip_probe ORDER BY id", List.of(), row -> seen.add(row.getString(1)))
                .update("UPDATE round_trip_probe SET label = ? WHERE id = ?", List.of("uno", 1L), count -> seen.add("updated " + count))
                .query("SELECT label FROM round_trip_probe WHERE id = ?", List.of(1L), row -> seen.add(row.getString(1)))
                .send());

        assertThat(seen).containsExactly("inserted 2", "one", "two", "updated 1", "uno");
    }

    @Test
    void aFailingStatementStopsThoseAfterItAndItsTransactionWritesNothing() {
        List<String> seen = new ArrayList<>();
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> roundTrips.start()
                .insert("INSERT INTO round_trip_probe (id, label)", List.<Object[]>of(new Object[] {1L, "one"}), count -> seen.add("first"))
                .insert("INSERT INTO round_trip_probe (id, label)", List.<Object[]>of(new Object[] {1L, "again"}), count -> seen.add("second"))
                .insert("INSERT INTO round_trip_probe (id, label)", List.<Object[]>of(new Object[] {3L, "three"}), count -> seen.add("third"))
                .send())).isInstanceOf(DuplicateKeyException.class);

        assertThat(seen).doesNotContain("second", "third");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM round_trip_probe", Integer.class)).isZero();
    }

    @Test
    void aCountTheCallerRefusesRollsTheTransactionBack() {
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> roundTrips.start()
                .insert("INSERT INTO round_trip_probe (id, label)", List.<Object[]>of(new Object[] {1L, "one"}), count -> { })
                .update("UPDATE round_trip_probe SET label = ? WHERE id = ?", List.of("none", 99L), count -> {
                    if (count != 1) {
                        throw new IllegalStateException("row 99 is missing");
                    }
                })
                .send())).hasMessageContaining("row 99 is missing");

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM round_trip_probe", Integer.class)).isZero();
    }

    @Test
    void longListsOfRowsAreSplitIntoSeveralInserts() {
        List<Object[]> rows = new ArrayList<>();
        for (long id = 1; id <= RoundTrip.ROWS_PER_INSERT + 3; id++) {
            rows.add(new Object[] {id, "row " + id});
        }
        List<Integer> counts = new ArrayList<>();
        transaction.executeWithoutResult(status -> roundTrips.start()
                .insert("INSERT INTO round_trip_probe (id, label)", rows, counts::add).send());

        assertThat(counts).containsExactly(RoundTrip.ROWS_PER_INSERT, 3);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM round_trip_probe", Integer.class)).isEqualTo(RoundTrip.ROWS_PER_INSERT + 3);
    }
}
