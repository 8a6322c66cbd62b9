package org.billingcenter.account;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.tenancy.TenantContext;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * How many sign-ups, invitations and code or link e-mails one e-mail address (or phone) and one
 * client may cause per hour. The counts live in the database, so every application node sees
 * the same ones; each is counted in a transaction of its own, so a refused or failed request
 * still counts. Only hashes of the addresses are stored. Calls that come from no client (start-up
 * data, jobs) are counted per address only.
 */
@Component
class SendLimits {

    /** What is counted; each has its own allowance. */
    enum Action { SIGN_UP, INVITATION, CODE }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final AccountProperties properties;
    private final Clock clock;

    SendLimits(JdbcTemplate jdbc, PlatformTransactionManager transactions, AccountProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.properties = properties;
        this.clock = clock;
    }

    /** Counts one more of the action for the address and the calling client; refuses past either allowance. */
    void count(Action action, String address) {
        boolean clientWithin = clientAddress().map(client -> within(action, "client:" + client, properties.perClientPerHour()))
                .orElse(true);
        boolean addressWithin = within(action, "address:" + address, properties.perAddressPerHour());
        if (!clientWithin || !addressWithin) {
            throw new BusinessRuleException("limits.tooMany");
        }
    }

    /** Forgets counts of windows that ended long ago. */
    int forgetBefore(Instant horizon) {
        return jdbc.update("DELETE FROM send_counter WHERE tenant_id = ? AND window_start < ?", TenantContext.require(),
                java.sql.Timestamp.from(horizon));
    }

    private boolean within(Action action, String subject, int allowance) {
        String tenant = TenantContext.require();
        String subjectHash = InvitationLinks.hash(subject);
        java.sql.Timestamp window = java.sql.Timestamp.from(clock.instant().truncatedTo(ChronoUnit.HOURS));
        for (int attempt = 1; ; attempt++) {
            try {
                Integer hits = ownTransaction.execute(status -> {
                    jdbc.update("INSERT INTO send_counter (tenant_id, action, subject_hash, window_start, hits) VALUES (?, ?, ?, ?, 1)"
                            + " ON DUPLICATE KEY UPDATE hits = hits + 1", tenant, action.name(), subjectHash, window);
                    return jdbc.queryForObject("SELECT hits FROM send_counter WHERE tenant_id = ? AND action = ? AND subject_hash = ?"
                            + " AND window_start = ?", Integer.class, tenant, action.name(), subjectHash, window);
                });
                return hits != null && hits <= allowance;
            } catch (TransientDataAccessException deadlock) {
                // Two first requests of a window can deadlock on the new row; the loser simply counts again.
                if (attempt == 3) {
                    throw deadlock;
                }
            }
        }
    }

    private static Optional<String> clientAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? Optional.ofNullable(request.getRequest().getRemoteAddr())
                : Optional.empty();
    }
}
