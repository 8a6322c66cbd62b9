package org.billingcenter.shared.persistence;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Starts {@link RoundTrip}s. Whether several statements may share one request is read once from
 * the connection URL: MySQL's driver refuses them unless the URL says {@code allowMultiQueries=true}
 * (the production profile and the test database do); H2 and any other URL get one statement per
 * request, with the same results.
 */
@Component
public class RoundTrips {

    private final JdbcTemplate jdbc;
    private volatile Boolean together;

    RoundTrips(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public RoundTrip start() {
        return new RoundTrip(jdbc, together());
    }

    /** True when statements added to one round trip really go in one request. */
    public boolean together() {
        Boolean known = together;
        if (known == null) {
            String url = jdbc.execute((ConnectionCallback<String>) connection -> connection.getMetaData().getURL());
            known = url != null && url.startsWith("jdbc:mysql:") && url.contains("allowMultiQueries=true");
            together = known;
        }
        return known;
    }
}
