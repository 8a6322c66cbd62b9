package org.billingcenter.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The canonical text of a range of revisions, as sealed and as verified: each revision's own
 * details and every row the audit tables hold for it, columns in name order. It is read with
 * plain SQL, always with the tenant as a parameter, so what is hashed is what the database holds.
 */
@Component
class RevisionContent {

    static final String GENESIS = "0".repeat(64);
    private static final String AUDIT_SUFFIX = "_AUD";

    private final JdbcTemplate jdbc;
    private final EntityManagerFactory entityManagerFactory;
    private volatile List<String> auditTables;

    RevisionContent(JdbcTemplate jdbc, EntityManagerFactory entityManagerFactory) {
        this.jdbc = jdbc;
        this.entityManagerFactory = entityManagerFactory;
    }

    /** The audit rows of revisions {@code fromRev}..{@code toRev} of the tenant, as text per revision id. */
    Map<Long, String> rowsOf(String tenant, long fromRev, long toRev) {
        Map<Long, StringBuilder> byRevision = new HashMap<>();
        for (String table : auditTables()) {
            jdbc.query("SELECT * FROM " + table + " WHERE tenant_id = ? AND rev BETWEEN ? AND ? ORDER BY rev, id",
                    (ResultSet rs) -> {
                        byRevision.computeIfAbsent(rs.getLong("rev"), rev -> new StringBuilder())
                                .append(table).append(row(rs)).append('\n');
                    }, tenant, fromRev, toRev);
        }
        Map<Long, String> text = new HashMap<>();
        byRevision.forEach((rev, rows) -> text.put(rev, rows.toString()));
        return text;
    }

    static String hash(String previousHash, long position, String revisionDetails, String rows) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String text = previousHash + "\n" + position + "\n" + revisionDetails + "\n" + (rows == null ? "" : rows);
            return java.util.HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String row(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        Map<String, String> columns = new TreeMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            String value = rs.getString(i);
            columns.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), value == null ? "\u2205" : value);
        }
        return columns.toString();
    }

    /** Every Envers audit table (entity names end in the configured suffix), found from the mapping, so a newly audited entity is covered without listing it. */
    private List<String> auditTables() {
        if (auditTables == null) {
            TreeSet<String> tables = new TreeSet<>();
            entityManagerFactory.unwrap(SessionFactoryImplementor.class).getMappingMetamodel().forEachEntityDescriptor(persister -> {
                if (persister.getEntityName().toUpperCase(Locale.ROOT).endsWith(AUDIT_SUFFIX)
                        && persister instanceof AbstractEntityPersister mapped) {
                    tables.add(mapped.getTableName());
                }
            });
            if (tables.isEmpty()) {
                throw new IllegalStateException("No audit tables found in the mapping: the chain would seal nothing");
            }
            auditTables = new ArrayList<>(tables);
        }
        return auditTables;
    }
}
