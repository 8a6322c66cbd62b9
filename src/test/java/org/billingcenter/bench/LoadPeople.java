package org.billingcenter.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.billingcenter.proof.ProductionApp;
import org.billingcenter.security.PasswordHashing;
import org.billingcenter.support.TestDatabase;

/**
 * People for the load benchmark: as many as it simulates, each their own person (Finance of the
 * demo account of their tenant, Administrator in a contract-only tenant, whose bills are contract
 * invoices; the demo password), so that no one signs in dozens of times at
 * once, which the sign-in throttle rightly treats as guessing. Written straight into the tables
 * once; a later run finds them there.
 */
final class LoadPeople {

    private LoadPeople() {
    }

    static String email(int n) {
        return "load-" + n + "@demo.example";
    }

    /** Makes sure people 0 … count − 1 exist in each tenant; returns how many were added. */
    static int ensure(int count, List<String> tenants) throws SQLException {
        String hash = PasswordHashing.argon2id().encode(ProductionApp.DEMO_PASSWORD);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        int added = 0;
        try (Connection db = DriverManager.getConnection(TestDatabase.url(), TestDatabase.user(), TestDatabase.password())) {
            db.setAutoCommit(false);
            for (String tenant : tenants) {
                long account = demoAccount(db, tenant);
                try (PreparedStatement user = db.prepareStatement("""
                        INSERT IGNORE INTO app_user (tenant_id, email, password_hash, display_name, operator, enabled, created_at,
                            email_confirmed_at, version) VALUES (?, ?, ?, ?, FALSE, TRUE, ?, ?, 0)""");
                        PreparedStatement member = db.prepareStatement("""
                        INSERT IGNORE INTO membership (tenant_id, account_id, user_id, role, version)
                        SELECT tenant_id, ?, id, ?, 0 FROM app_user WHERE tenant_id = ? AND email = ?""")) {
                    for (int n = 0; n < count; n++) {
                        user.setString(1, tenant);
                        user.setString(2, email(n));
                        user.setString(3, hash);
                        user.setString(4, "Load person " + n);
                        user.setObject(5, now);
                        user.setObject(6, now);
                        added += user.executeUpdate();
                        member.setLong(1, account);
                        member.setString(2, LoadBenchmark.CONTRACT_ONLY.contains(tenant) ? "ADMINISTRATOR" : "FINANCE");
                        member.setString(3, tenant);
                        member.setString(4, email(n));
                        member.executeUpdate();
                    }
                }
                db.commit();
            }
        }
        return added;
    }

    private static long demoAccount(Connection db, String tenant) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("""
                SELECT m.account_id FROM membership m JOIN app_user u ON u.id = m.user_id
                WHERE u.tenant_id = ? AND u.email = 'owner@demo.example'""")) {
            query.setString(1, tenant);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("No demo owner in " + tenant + ": the benchmark needs the demo data");
                }
                return row.getLong(1);
            }
        }
    }
}
