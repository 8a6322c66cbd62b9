package org.billingcenter.billing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;

import org.billingcenter.shared.persistence.Utc;
import org.billingcenter.account.AccountNotices;
import org.billingcenter.notification.Notifications;
import org.billingcenter.shared.i18n.Message;
import org.billingcenter.shared.money.Money;
import org.billingcenter.shared.persistence.ParameterMarks;
import org.billingcenter.shared.persistence.RoundTrip;
import org.billingcenter.shared.tenancy.TenantContext;
import org.billingcenter.tenant.TenantDefinition;
import org.billingcenter.tenant.TenantRegistry;
import org.billingcenter.wallet.WalletService;
import org.billingcenter.workspace.WorkspaceService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The settlement countdown of bills that left arrears: opened with the bill (notice in the app
 * and by e-mail), a reminder three days before the end, then the account's wallet-settled
 * workspaces are locked. Cleared — and the workspaces unlocked — as soon as the cash balance is
 * no longer negative. Callers run as the tenant's system operator.
 */
@Component
class ArrearsCases {

    static final String OPEN = "OPEN";
    static final String LOCKED = "LOCKED";
    static final String CLEARED = "CLEARED";
    private static final Duration REMINDER = Duration.ofDays(3);

    private final JdbcTemplate jdbc;
    private final WorkspaceService workspaces;
    private final WalletService wallets;
    private final Notifications notifications;
    private final AccountNotices notices;
    private final TenantRegistry tenants;
    private final Clock clock;

    ArrearsCases(JdbcTemplate jdbc, WorkspaceService workspaces, WalletService wallets, Notifications notifications,
            AccountNotices notices, TenantRegistry tenants, Clock clock) {
        this.jdbc = jdbc;
        this.workspaces = workspaces;
        this.wallets = wallets;
        this.notifications = notifications;
        this.notices = notices;
        this.tenants = tenants;
        this.clock = clock;
    }

    /** In the bill run's transaction. */
    void open(long billId, long accountId, Money amount, YearMonth month) {
        TenantDefinition tenant = tenants.current();
        Instant due = clock.instant().plus(Duration.ofDays(tenant.arrears().settlementDays()));
        int opened = jdbc.update("INSERT IGNORE INTO arrears_case (tenant_id, account_id, bill_id, amount, currency, opened_at, due_at,"
                + " status, reminded) VALUES (?, ?, ?, ?, ?, ?, ?, 'OPEN', FALSE)", tenant.id(), accountId, billId, amount.amount(),
                amount.currency().getCurrencyCode(), Utc.wallClock(clock.instant()), Utc.wallClock(due));
        if (opened == 0) {
            return;
        }
        LocalDate dueDay = due.atZone(tenant.timeZone()).toLocalDate();
        notices.tell(accountId, "ARREARS_COUNTDOWN", Message.of("notice.arrearsCountdown.subject", tenant.brandName(), month),
                Message.of("notice.arrearsCountdown.text", month, amount, dueDay));
    }

    /** Reminds accounts near the end of their countdown and locks those whose countdown ran out; in the caller's transaction. */
    int lockOverdue() {
        TenantDefinition tenant = tenants.current();
        Instant now = clock.instant();
        List<Map<String, Object>> due = jdbc.queryForList("SELECT id, account_id, due_at, reminded FROM arrears_case"
                + " WHERE tenant_id = ? AND status = 'OPEN' AND due_at <= ?", tenant.id(), Utc.wallClock(now.plus(REMINDER)));
        int locked = 0;
        for (Map<String, Object> row : due) {
            long caseId = ((Number) row.get("id")).longValue();
            long accountId = ((Number) row.get("account_id")).longValue();
            if (clearIfSettled(accountId)) {
                continue;
            }
            Object dueValue = row.get("due_at");
            LocalDateTime dueWallClock = dueValue instanceof java.sql.Timestamp stamp ? stamp.toLocalDateTime() : (LocalDateTime) dueValue;
            Instant dueAt = Utc.instant(dueWallClock);
            if (!dueAt.isAfter(now)) {
                workspaces.lockAccount(accountId, true);
                jdbc.update("UPDATE arrears_case SET status = 'LOCKED' WHERE id = ? AND tenant_id = ?", caseId, tenant.id());
                notices.tell(accountId, "WORKSPACES_LOCKED", Message.of("notice.workspacesLocked.subject", tenant.brandName()),
                        Message.of("notice.workspacesLocked.text"));
                locked++;
            } else if (!Boolean.TRUE.equals(row.get("reminded"))) {
                jdbc.update("UPDATE arrears_case SET reminded = TRUE WHERE id = ? AND tenant_id = ?", caseId, tenant.id());
                LocalDate dueDay = dueAt.atZone(tenant.timeZone()).toLocalDate();
                notices.tell(accountId, "ARREARS_REMINDER", Message.of("notice.arrearsReminder.subject", tenant.brandName(), dueDay),
                        Message.of("notice.arrearsReminder.text", dueDay));
            }
        }
        return locked;
    }

    /** Closes the account's cases and unlocks its workspaces when its cash is no longer negative. */
    boolean clearIfSettled(long accountId) {
        Money cash = wallets.cashBalances(List.of(accountId)).get(accountId);
        if (cash == null || cash.isNegative()) {
            return false;
        }
        int closed = jdbc.update("UPDATE arrears_case SET status = 'CLEARED', closed_at = ? WHERE tenant_id = ? AND account_id = ?"
                + " AND status IN ('OPEN', 'LOCKED')", Utc.wallClock(clock.instant()), TenantContext.require(), accountId);
        if (closed > 0) {
            workspaces.lockAccount(accountId, false);
            notifications.notify(accountId, "ARREARS_CLEARED", Message.of("notice.arrearsCleared.text"));
        }
        return true;
    }

    /**
     * Reads, in {@code reads}, which of the accounts have an open or locked case (one query for a
     * recharge or a batch of them) and hands each such account to {@code withCase} when it is sent.
     */
    void withOpenCase(List<Long> accountIds, RoundTrip reads, LongConsumer withCase) {
        if (accountIds.isEmpty()) {
            return;
        }
        List<Object> args = new java.util.ArrayList<>(accountIds.size() + 1);
        args.add(TenantContext.require());
        args.addAll(accountIds);
        // Each account once, counted here: a DISTINCT made the server build a temporary table for every recharge.
        Set<Long> handed = new HashSet<>();
        reads.query("SELECT account_id FROM arrears_case WHERE tenant_id = ? AND account_id IN ("
                + ParameterMarks.of(accountIds.size()) + ") AND status IN ('OPEN', 'LOCKED')", args, row -> {
                    long account = row.getLong(1);
                    if (handed.add(account)) {
                        withCase.accept(account);
                    }
                });
    }
}
