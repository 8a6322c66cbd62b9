package org.billingcenter.enterprise;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Component;

/**
 * Reads a large result one row at a time. By default the MySQL/MariaDB driver reads the whole
 * result into memory before the first row; a fetch size of {@link Integer#MIN_VALUE} makes it
 * stream rows off the socket instead, so an export's memory does not grow with the portfolio.
 * Other databases (H2 in development) take an ordinary positive fetch size.
 */
@Component
class RowStream {

    static final int FETCH_SIZE = 1000;

    private final NamedParameterJdbcTemplate jdbc;

    RowStream(DataSource dataSource) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(streamsRowByRow(dataSource) ? Integer.MIN_VALUE : FETCH_SIZE);
        this.jdbc = new NamedParameterJdbcTemplate(template);
    }

    /** Hands each row to {@code each} as the database sends it; the connection serves nothing else meanwhile. */
    void each(String sql, MapSqlParameterSource params, RowCallbackHandler each) {
        jdbc.query(sql, params, each);
    }

    private static boolean streamsRowByRow(DataSource dataSource) {
        try {
            String driver = JdbcUtils.extractDatabaseMetaData(dataSource, metaData -> metaData.getDriverName());
            return driver != null && (driver.contains("MySQL") || driver.contains("MariaDB"));
        } catch (Exception unknown) {
            return false;
        }
    }
}
