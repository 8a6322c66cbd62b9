package org.billingcenter.proof;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.billingcenter.support.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * "Check now" on the change history, in browsers on the production jar. A customer's Owner sees
 * only how many of their own account's changes are confirmed, never the tenant's counts or the
 * staff's full check; people clicking while a check is under way (here: while another node holds
 * the tenant's check lock) all follow that one check, and one check runs for all their clicks.
 */
class AuditCheckJourneysIT extends BrowserJourney {

    private static final String LOCK = "audit-chain-check:" + INTL;
    private static final Pattern ACCOUNT_COUNT = Pattern.compile("^(\\d+) changes to your account are confirmed");
    private static final Pattern TENANT_POSITION = Pattern.compile("recorded up to position (\\d+);");

    @Test
    void aCustomersOwnerSeesOnlyTheirAccountAndABurstOfClicksRunsOneCheck() throws SQLException {
        Browser owner = browser();
        signUp(owner, INTL, "Chain Checker", "Chain Check Co");
        Browser auditor = browser().signIn(INTL, "auditor@demo.example", ProductionApp.DEMO_PASSWORD);
        Browser staff = browser().signIn(INTL, "operator@demo.example", ProductionApp.DEMO_PASSWORD);
        for (Browser person : new Browser[] {owner, auditor, staff}) {
            person.navigate("history");
        }
        staff.element("history-verify-full");
        assertThat(owner.has("history-verify-full") && owner.element("history-verify-full").isDisplayed())
                .as("a customer has no full check").isFalse();
        long checksBefore = checksRun();

        holdTheLock();
        try {
            // Everyone clicks, several times, while the check waits for the lock: all of them join it.
            for (int i = 0; i < 3; i++) {
                for (Browser person : new Browser[] {owner, auditor, staff}) {
                    checkNow(person);
                }
            }
            String waiting = owner.waitForText("history-verify-result", text -> text.startsWith("Checking"));
            assertThat(waiting).doesNotContainPattern("\\d");
        } finally {
            releaseTheLock();
        }

        String staffSees = staff.waitForText("history-verify-result", text -> text.contains("recorded up to position"));
        String ownerSees = owner.waitForText("history-verify-result", text -> text.contains("to your account"));
        auditor.waitForText("history-verify-result", text -> text.contains("to your account"));
        assertThat(checksRun() - checksBefore).as("checks run for nine clicks").isEqualTo(1);

        Matcher mine = ACCOUNT_COUNT.matcher(ownerSees);
        Matcher tenant = TENANT_POSITION.matcher(staffSees);
        assertThat(mine.find()).as(ownerSees).isTrue();
        assertThat(tenant.find()).as(staffSees).isTrue();
        // A new account has a handful of changes; the tenant's demo history has far more, and its count is not shown to the Owner.
        assertThat(Long.parseLong(mine.group(1))).isBetween(1L, 20L);
        assertThat(Long.parseLong(tenant.group(1))).isGreaterThan(Long.parseLong(mine.group(1)));
        assertThat(ownerSees).doesNotContain("position").doesNotContain(tenant.group(1));
    }

    /** Clicks "Check now" as a person does, wherever the page has scrolled to and whatever floats over it. */
    private static void checkNow(Browser person) {
        person.js("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", person.element("history-verify"));
        person.settle();
    }

    /** Another node is checking this tenant: its row in the cluster's lock table. */
    private static void holdTheLock() throws SQLException {
        sql("INSERT INTO shedlock (name, lock_until, locked_at, locked_by) VALUES (?, UTC_TIMESTAMP(3) + INTERVAL 10 MINUTE,"
                + " UTC_TIMESTAMP(3), 'another node') ON DUPLICATE KEY UPDATE lock_until = VALUES(lock_until), locked_by = VALUES(locked_by)");
    }

    private static void releaseTheLock() throws SQLException {
        sql("UPDATE shedlock SET lock_until = UTC_TIMESTAMP(3) WHERE name = ?");
    }

    private static void sql(String statement) throws SQLException {
        try (Connection db = DriverManager.getConnection(TestDatabase.url(), TestDatabase.user(), TestDatabase.password());
                PreparedStatement update = db.prepareStatement(statement)) {
            update.setString(1, LOCK);
            update.executeUpdate();
            if (!db.getAutoCommit()) {
                db.commit();
            }
        }
    }

    private static long checksRun() throws SQLException {
        try (Connection db = DriverManager.getConnection(TestDatabase.url(), TestDatabase.user(), TestDatabase.password());
                PreparedStatement query = db.prepareStatement("SELECT checks_run FROM audit_chain_checkpoint WHERE tenant_id = ?")) {
            query.setString(1, INTL);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getLong(1) : 0;
            }
        }
    }
}
