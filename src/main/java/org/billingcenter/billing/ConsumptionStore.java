package org.billingcenter.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.billingcenter.shared.persistence.MultiRowInsert;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Consumption lines and daily charges, written and aggregated set-based with JDBC. Every
 * statement names the tenant: these tables are not read through Hibernate's tenant filter.
 */
@Component
class ConsumptionStore {

    /** A few hundred rows a statement: long enough for a day of one tenant, short of the packet limit. */
    private static final int ROWS_PER_STATEMENT = 400;

    /** An account's wallet-settled total for one item on one day that has no charge recorded yet. */
    record Uncharged(long accountId, String itemCode, BigDecimal amount, String currency) {
    }

    /** An account's usage of one item on one day settled through one cloud account, not yet offered to its vouchers and cards. */
    record CloudUncharged(long accountId, long cloudAccountId, String itemCode, BigDecimal amount) {
    }

    private final JdbcTemplate jdbc;
    private final MultiRowInsert<ConsumptionLine> lines;
    private final MultiRowInsert<ChargeRecord> charges;
    private final MultiRowInsert<CloudChargeRecord> cloudCharges;

    ConsumptionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.lines = new MultiRowInsert<>("consumption_line", List.of("tenant_id", "usage_day", "workspace_id", "item_code",
                "account_id", "site_id", "retention_days", "quantity", "units", "unit_price", "amount", "currency", "settlement",
                "cloud_account_id", "provider"), ROWS_PER_STATEMENT, (s, p, line) -> {
                    s.setString(p, tenant.get());
                    s.setObject(p + 1, line.day());
                    s.setLong(p + 2, line.workspaceId());
                    s.setString(p + 3, line.itemCode());
                    s.setLong(p + 4, line.accountId());
                    s.setString(p + 5, line.siteId());
                    s.setInt(p + 6, line.retentionDays());
                    s.setBigDecimal(p + 7, line.quantity());
                    s.setBigDecimal(p + 8, line.units());
                    s.setBigDecimal(p + 9, line.unitPrice());
                    s.setBigDecimal(p + 10, line.amount());
                    s.setString(p + 11, line.currency());
                    s.setString(p + 12, line.settlement());
                    s.setObject(p + 13, line.cloudAccountId());
                    s.setString(p + 14, line.provider());
                });
        this.charges = new MultiRowInsert<>("daily_charge", List.of("tenant_id", "usage_day", "account_id", "item_code", "amount",
                "voucher_paid", "card_paid", "cash_paid", "arrears", "currency", "transaction_id"), ROWS_PER_STATEMENT, (s, p, charge) -> {
                    s.setString(p, tenant.get());
                    s.setObject(p + 1, charge.day());
                    s.setLong(p + 2, charge.accountId());
                    s.setString(p + 3, charge.itemCode());
                    s.setBigDecimal(p + 4, charge.amount());
                    s.setBigDecimal(p + 5, charge.voucherPaid());
                    s.setBigDecimal(p + 6, charge.cardPaid());
                    s.setBigDecimal(p + 7, charge.cashPaid());
                    s.setBigDecimal(p + 8, charge.arrears());
                    s.setString(p + 9, charge.currency());
                    s.setLong(p + 10, charge.transactionId());
                });
        this.cloudCharges = new MultiRowInsert<>("cloud_charge", List.of("tenant_id", "usage_day", "account_id", "cloud_account_id",
                "item_code", "amount", "voucher_paid", "card_paid", "cloud_paid", "currency", "transaction_id"), ROWS_PER_STATEMENT, (s, p, charge) -> {
                    s.setString(p, tenant.get());
                    s.setObject(p + 1, charge.day());
                    s.setLong(p + 2, charge.accountId());
                    s.setLong(p + 3, charge.cloudAccountId());
                    s.setString(p + 4, charge.itemCode());
                    s.setBigDecimal(p + 5, charge.amount());
                    s.setBigDecimal(p + 6, charge.voucherPaid());
                    s.setBigDecimal(p + 7, charge.cardPaid());
                    s.setBigDecimal(p + 8, charge.cloudPaid());
                    s.setString(p + 9, charge.currency());
                    s.setObject(p + 10, charge.transactionId());
                });
    }

    // The binders read the tenant of the calling thread; set for the length of each write.
    private final ThreadLocal<String> tenant = new ThreadLocal<>();

    int insertLines(String tenantId, List<ConsumptionLine> rows) {
        return withTenant(tenantId, () -> lines.insert(jdbc, rows));
    }

    int recordCharges(String tenantId, List<ChargeRecord> rows) {
        return withTenant(tenantId, () -> charges.insert(jdbc, rows));
    }

    int recordCloudCharges(String tenantId, List<CloudChargeRecord> rows) {
        return withTenant(tenantId, () -> cloudCharges.insert(jdbc, rows));
    }

    private int withTenant(String tenantId, java.util.function.IntSupplier work) {
        tenant.set(tenantId);
        try {
            return work.getAsInt();
        } finally {
            tenant.remove();
        }
    }

    List<Uncharged> uncharged(String tenantId, LocalDate day) {
        return jdbc.query("SELECT l.account_id, l.item_code, SUM(l.amount), MAX(l.currency) FROM consumption_line l"
                + " WHERE l.tenant_id = ? AND l.usage_day = ? AND l.settlement = 'WALLET' AND NOT EXISTS (SELECT 1 FROM daily_charge c"
                + " WHERE c.tenant_id = l.tenant_id AND c.usage_day = l.usage_day AND c.account_id = l.account_id"
                + " AND c.item_code = l.item_code) GROUP BY l.account_id, l.item_code HAVING SUM(l.amount) > 0"
                + " ORDER BY l.account_id, l.item_code",
                (row, n) -> new Uncharged(row.getLong(1), row.getString(2), row.getBigDecimal(3), row.getString(4).strip()),
                tenantId, day);
    }

    /** Cloud-settled totals per account, cloud account and item of a day that have no cloud charge recorded yet. */
    List<CloudUncharged> cloudUncharged(String tenantId, LocalDate day) {
        return jdbc.query("SELECT l.account_id, COALESCE(l.cloud_account_id, 0) AS cloud, l.item_code, SUM(l.amount)"
                + " FROM consumption_line l WHERE l.tenant_id = ? AND l.usage_day = ? AND l.settlement = 'CLOUD_ACCOUNT'"
                + " AND NOT EXISTS (SELECT 1 FROM cloud_charge c WHERE c.tenant_id = l.tenant_id AND c.usage_day = l.usage_day"
                + " AND c.account_id = l.account_id AND c.cloud_account_id = COALESCE(l.cloud_account_id, 0)"
                + " AND c.item_code = l.item_code) GROUP BY l.account_id, COALESCE(l.cloud_account_id, 0), l.item_code"
                + " HAVING SUM(l.amount) > 0 ORDER BY l.account_id, cloud, l.item_code",
                (row, n) -> new CloudUncharged(row.getLong(1), row.getLong(2), row.getString(3), row.getBigDecimal(4)), tenantId, day);
    }

    int lineCount(String tenantId, LocalDate day) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM consumption_line WHERE tenant_id = ? AND usage_day = ?", Integer.class,
                tenantId, day);
    }

    /** Accounts that already owed (charges into arrears) on a day: their warning went out then. */
    Set<Long> inArrearsOn(String tenantId, LocalDate day) {
        return Set.copyOf(jdbc.queryForList("SELECT DISTINCT account_id FROM daily_charge WHERE tenant_id = ? AND usage_day = ?"
                + " AND arrears > 0", Long.class, tenantId, day));
    }
}
