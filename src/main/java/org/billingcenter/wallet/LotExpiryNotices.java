package org.billingcenter.wallet;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

import org.billingcenter.shared.persistence.Utc;
import org.billingcenter.account.AccountNotices;
import org.billingcenter.shared.i18n.Message;
import org.billingcenter.shared.money.Money;
import org.billingcenter.tenant.TenantDefinition;
import org.billingcenter.tenant.TenantRegistry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells an account, in the portal and by e-mail, three days before one of its vouchers or cards
 * expires with money still on it. Each lot is told once: the notice row and the messages commit
 * together, and a second node's job finds the row there.
 */
@Component
class LotExpiryNotices {

    static final String KIND = "LOT_EXPIRING";
    private static final Duration AHEAD = Duration.ofDays(3);

    private record Expiring(long lotId, long accountId, LotKind kind, BigDecimal balance, String currency, Instant expiresAt) {
    }

    private final JdbcTemplate jdbc;
    private final AccountNotices notices;
    private final TenantRegistry tenants;
    private final TransactionTemplate transaction;
    private final Clock clock;

    LotExpiryNotices(JdbcTemplate jdbc, AccountNotices notices, TenantRegistry tenants, TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.notices = notices;
        this.tenants = tenants;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Tells the current tenant's accounts of lots expiring within three days; returns how many were told. */
    int tellExpiringSoon() {
        TenantDefinition tenant = tenants.current();
        Instant now = clock.instant();
        List<Expiring> expiring = jdbc.query("SELECT l.id, l.account_id, l.kind, l.balance, l.currency, l.expires_at FROM funding_lot l"
                + " WHERE l.tenant_id = ? AND l.status = 'ACTIVE' AND l.balance > 0 AND l.expires_at > ? AND l.expires_at <= ?"
                + " AND NOT EXISTS (SELECT 1 FROM lot_expiry_notice n WHERE n.tenant_id = l.tenant_id AND n.lot_id = l.id)",
                (row, n) -> new Expiring(row.getLong(1), row.getLong(2), LotKind.valueOf(row.getString(3)), row.getBigDecimal(4),
                        row.getString(5).strip(), Utc.instant(row.getTimestamp(6))),
                tenant.id(), Utc.wallClock(now), Utc.wallClock(now.plus(AHEAD)));
        int told = 0;
        for (Expiring lot : expiring) {
            Boolean first = transaction.execute(status -> tell(tenant, lot, now));
            told += Boolean.TRUE.equals(first) ? 1 : 0;
        }
        return told;
    }

    private boolean tell(TenantDefinition tenant, Expiring lot, Instant now) {
        if (jdbc.update("INSERT IGNORE INTO lot_expiry_notice (tenant_id, lot_id, noticed_at) VALUES (?, ?, ?)",
                tenant.id(), lot.lotId(), Utc.wallClock(now)) == 0) {
            return false;
        }
        Message.Argument what = Message.label("lot.kind." + lot.kind().name());
        Money left = Money.of(lot.balance().stripTrailingZeros(), Currency.getInstance(lot.currency()));
        LocalDate day = lot.expiresAt().atZone(tenant.timeZone()).toLocalDate();
        notices.tell(lot.accountId(), KIND, Message.of("notice.lotExpiring.subject", tenant.brandName(), what, day),
                Message.of("notice.lotExpiring.text", what, String.valueOf(lot.lotId()), day, left));
        return true;
    }
}
