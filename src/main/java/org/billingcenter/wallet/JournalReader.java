package org.billingcenter.wallet;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.billingcenter.shared.persistence.Utc;
import org.billingcenter.shared.persistence.InLists;
import org.billingcenter.shared.money.Money;
import org.billingcenter.shared.persistence.ParameterMarks;
import org.billingcenter.shared.tenancy.TenantContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the wallet screens read from the journal, with statements whose cost follows what the
 * screen shows, not how long the account's history is: totals of the days in a window (found
 * through the transactions' day index), and one page of movements at a time (found through
 * the transactions' time index, newest first, and then only those transactions' entries). A
 * balance before the window is never summed from the beginning: the screens take today's
 * cached balances ({@link #state}: the wallet row and its lots) and step back through the window.
 *
 * <p>Plain SQL, each statement naming the tenant, as {@link JournalWriter}: Hibernate plans its
 * queries afresh on every execution while the tenant filter is on.
 */
@Component
class JournalReader {

    /** One day's movement of one kind on one book. */
    record DayTotal(LocalDate day, MovementKind kind, LedgerAccount ledger, BigDecimal total) {
    }

    private final JdbcTemplate jdbc;

    JournalReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The account's totals per day, kind and book (cash, lots, revenue) from {@code from} on. */
    List<DayTotal> totalsSince(long accountId, LocalDate from) {
        return jdbc.query("""
                SELECT t.value_date, t.kind, e.ledger, SUM(e.amount) FROM journal_transaction t
                JOIN journal_entry e ON e.transaction_id = t.id AND e.tenant_id = t.tenant_id
                WHERE t.tenant_id = ? AND t.account_id = ? AND t.value_date >= ? AND e.ledger IN (?, ?, ?)
                GROUP BY t.value_date, t.kind, e.ledger""",
                (row, n) -> new DayTotal(row.getObject(1, LocalDate.class), MovementKind.valueOf(row.getString(2)),
                        LedgerAccount.valueOf(row.getString(3)), row.getBigDecimal(4)),
                TenantContext.require(), accountId, from, LedgerAccount.CUSTOMER_CASH.name(), LedgerAccount.CUSTOMER_LOT.name(),
                LedgerAccount.REVENUE.name());
    }

    /**
     * An account's wallet as cached: its cash, what its usable vouchers and cards hold at {@code now},
     * and all its lots hold together, usable or not (the journal's lot book). Empty when it has no wallet.
     */
    Optional<WalletState> state(long accountId, Instant now) {
        LocalDateTime at = Utc.wallClock(now);
        List<String> vouchers = kinds(true);
        List<String> cards = kinds(false);
        List<Object> args = new ArrayList<>(vouchers);
        args.add(at);
        args.addAll(cards);
        args.addAll(List.of(at, TenantContext.require(), accountId));
        return jdbc.query("SELECT w.currency, w.cash_balance,"
                + " COALESCE(SUM(CASE WHEN l.kind IN (" + ParameterMarks.of(vouchers.size()) + ") AND l.status = 'ACTIVE'"
                + " AND l.expires_at > ? THEN l.balance END), 0),"
                + " COALESCE(SUM(CASE WHEN l.kind IN (" + ParameterMarks.of(cards.size()) + ") AND l.status = 'ACTIVE'"
                + " AND l.expires_at > ? THEN l.balance END), 0),"
                + " COALESCE(SUM(l.balance), 0)"
                + " FROM wallet w LEFT JOIN funding_lot l ON l.tenant_id = w.tenant_id AND l.account_id = w.account_id"
                + " WHERE w.tenant_id = ? AND w.account_id = ?"
                + " GROUP BY w.currency, w.cash_balance",
                (row, n) -> {
                    Currency currency = Currency.getInstance(row.getString(1).strip());
                    return new WalletState(money(row.getBigDecimal(2), currency), money(row.getBigDecimal(3), currency),
                            money(row.getBigDecimal(4), currency), money(row.getBigDecimal(5), currency));
                }, args.toArray()).stream().findFirst();
    }

    /** The lot kinds that are vouchers, or the others (stored-value cards), by name. */
    private static List<String> kinds(boolean vouchers) {
        return Arrays.stream(LotKind.values()).filter(kind -> kind.isVoucher() == vouchers).map(Enum::name).toList();
    }

    /** A wallet's figures as cached: cash, usable vouchers, usable cards, and everything held in lots. */
    record WalletState(Money cash, Money vouchers, Money cards, Money heldInLots) {

        Currency currency() {
            return cash.currency();
        }
    }

    private static Money money(BigDecimal amount, Currency currency) {
        return Money.of(amount.stripTrailingZeros(), currency);
    }

    /**
     * Up to {@code limit} movements after the first {@code offset}, newest first, each split into
     * cash, vouchers and cards.
     */
    List<Movement> movements(long accountId, MovementFilter filter, long offset, int limit) {
        String tenant = TenantContext.require();
        StringBuilder sql = new StringBuilder("SELECT id, occurred_at, value_date, kind, description, item_code FROM journal_transaction"
                + " WHERE tenant_id = ? AND account_id = ?");
        List<Object> args = new ArrayList<>(List.of(tenant, accountId));
        if (filter.from() != null) {
            sql.append(" AND value_date >= ?");
            args.add(filter.from());
        }
        if (filter.to() != null) {
            sql.append(" AND value_date <= ?");
            args.add(filter.to());
        }
        if (filter.kinds() != null && !filter.kinds().isEmpty()) {
            sql.append(" AND kind IN (").append(ParameterMarks.of(filter.kinds().size())).append(')');
            filter.kinds().stream().map(Enum::name).sorted().forEach(args::add);
        }
        sql.append(" ORDER BY occurred_at DESC, id DESC LIMIT ? OFFSET ?");
        args.add(limit);
        args.add(offset);
        Map<Long, Movement> page = new LinkedHashMap<>();
        jdbc.query(sql.toString(), row -> {
            long id = row.getLong(1);
            page.put(id, new Movement(id, Utc.instant(row.getTimestamp(2)),
                    row.getObject(3, LocalDate.class), MovementKind.valueOf(row.getString(4)), row.getString(5), row.getString(6),
                    BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, null));
        }, args.toArray());
        if (page.isEmpty()) {
            return List.of();
        }
        List<Long> ids = InLists.padded(List.copyOf(page.keySet()));
        List<Object> entryArgs = new ArrayList<>(ids.size() + 1);
        entryArgs.add(tenant);
        entryArgs.addAll(ids);
        jdbc.query("SELECT e.transaction_id, e.ledger, e.amount, e.currency, l.kind FROM journal_entry e"
                + " LEFT JOIN funding_lot l ON l.id = e.lot_id AND l.tenant_id = e.tenant_id"
                + " WHERE e.tenant_id = ? AND e.transaction_id IN (" + ParameterMarks.of(ids.size()) + ")",
                row -> {
                    LedgerAccount ledger = LedgerAccount.valueOf(row.getString(2));
                    BigDecimal amount = row.getBigDecimal(3);
                    String currency = row.getString(4).strip();
                    String lotKind = row.getString(5);
                    boolean voucher = lotKind != null && LotKind.valueOf(lotKind).isVoucher();
                    page.computeIfPresent(row.getLong(1), (id, movement) -> movement.with(ledger, amount, currency, voucher));
                }, entryArgs.toArray());
        return List.copyOf(page.values());
    }
}
