package org.billingcenter.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.annotation.security.RolesAllowed;

import org.billingcenter.shared.persistence.Utc;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.CurrentUser;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.money.Money;
import org.billingcenter.tenant.TenantDefinition;
import org.billingcenter.tenant.TenantRegistry;
import org.billingcenter.workspace.WorkspaceService;
import org.billingcenter.workspace.WorkspaceSummary;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading bills and consumption: an account's people who may see money read their own; the
 * tenant's staff read any bill of the tenant and add corrections as adjustments (an issued bill
 * itself never changes). Every query names the tenant and, for customers, the account.
 */
@Service
@Transactional(readOnly = true)
public class BillService {

    /** What {@link #summary} reads, in its order; other reads of bills (the staff's desk) add their columns after it. */
    static final String SUMMARY_COLUMNS = "SELECT b.id, b.account_id, b.period, b.currency, b.total, b.voucher_paid,"
            + " b.card_paid, b.cash_paid, b.cloud_paid, b.arrears, b.issued_at,"
            + " (SELECT COALESCE(SUM(a.amount), 0) FROM bill_adjustment a WHERE a.tenant_id = b.tenant_id AND a.bill_id = b.id)";
    private static final String BILL_COLUMNS = SUMMARY_COLUMNS + " FROM bill b";

    private final JdbcTemplate jdbc;
    private final WorkspaceService workspaces;
    private final TenantRegistry tenants;
    private final Clock clock;

    BillService(JdbcTemplate jdbc, WorkspaceService workspaces, TenantRegistry tenants, Clock clock) {
        this.jdbc = jdbc;
        this.workspaces = workspaces;
        this.tenants = tenants;
        this.clock = clock;
    }

    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE, Role.Names.AUDITOR})
    public Page<BillSummary> myBills(Pageable page) {
        return myBills(BillPeriods.ALL, page);
    }

    /** The account's issued bills of the months asked for, newest first. */
    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE, Role.Names.AUDITOR})
    public Page<BillSummary> myBills(BillPeriods periods, Pageable page) {
        long account = CurrentUser.requireAccountId();
        String tenant = tenants.current().id();
        String mine = " WHERE b.tenant_id = ? AND b.account_id = ? AND b.status = 'ISSUED'" + periods.where();
        long total = jdbc.queryForObject("SELECT COUNT(*) FROM bill b" + mine, Long.class, periods.arguments(tenant, account));
        String limit = page.isPaged() ? " LIMIT " + page.getPageSize() + " OFFSET " + page.getOffset() : "";
        List<BillSummary> rows = jdbc.query(BILL_COLUMNS + mine + " ORDER BY b.period DESC" + limit, BillService::summary,
                periods.arguments(tenant, account));
        return new PageImpl<>(rows, page, total);
    }

    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE, Role.Names.AUDITOR})
    public BillDetail myBill(long billId) {
        return detail(billId, CurrentUser.requireAccountId());
    }

    /**
     * An issued bill by id, for the account's money readers and the tenant's staff: the stable read
     * the tax-invoice feature builds on (period, lines, and the cash-, voucher- and card-paid parts).
     */
    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE, Role.Names.AUDITOR, Role.Names.OPERATOR})
    public BillDetail issuedBill(long billId) {
        SignedInUser user = CurrentUser.require();
        return detail(billId, user.accountId());
    }

    /** Consumption details of the signed-in account: one row per workspace, item and day, newest first. */
    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE, Role.Names.AUDITOR})
    public Page<ConsumptionRow> myConsumption(ConsumptionFilter filter, Pageable page) {
        long account = CurrentUser.requireAccountId();
        List<Object> args = new ArrayList<>();
        String where = consumptionWhere(filter, account, args);
        long total = jdbc.queryForObject("SELECT COUNT(*) FROM consumption_line l" + where, Long.class, args.toArray());
        String limit = page.isPaged() ? " LIMIT " + page.getPageSize() + " OFFSET " + page.getOffset() : "";
        List<ConsumptionRow> rows = jdbc.query(CONSUMPTION_COLUMNS + where + " ORDER BY l.usage_day DESC, l.workspace_id, l.item_code" + limit,
                BillService::consumption, args.toArray());
        return new PageImpl<>(rows, page, total);
    }

    /**
     * The month's consumption rated onto one cloud account of the signed-in account: rating
     * records the cloud account on each line it routes there, whatever site the workspace is in.
     */
    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE, Role.Names.AUDITOR})
    @Transactional(readOnly = true)
    public List<CloudBillLine> cloudBill(long cloudAccountId, YearMonth month) {
        long account = CurrentUser.requireAccountId();
        return jdbc.query("SELECT workspace_id, site_id, item_code, currency, SUM(quantity) AS quantity, SUM(amount) AS amount"
                + " FROM consumption_line WHERE tenant_id = ? AND account_id = ? AND cloud_account_id = ? AND usage_day >= ?"
                + " AND usage_day <= ? GROUP BY workspace_id, site_id, item_code, currency ORDER BY workspace_id, item_code",
                (row, n) -> new CloudBillLine(row.getLong("workspace_id"), row.getString("site_id"), row.getString("item_code"),
                        row.getBigDecimal("quantity"), Money.of(row.getBigDecimal("amount"), Currency.getInstance(row.getString("currency")))),
                tenants.current().id(), account, cloudAccountId, month.atDay(1), month.atEndOfMonth());
    }

    /** How the month's usage of one cloud account of the signed-in account was paid; none when it had no usage. */
    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE, Role.Names.AUDITOR})
    public Optional<CloudBillPayments> cloudBillPayments(long cloudAccountId, YearMonth month) {
        long account = CurrentUser.requireAccountId();
        String tenant = tenants.current().id();
        Currency currency = tenants.current().currency();
        BigDecimal total = jdbc.queryForObject("SELECT SUM(amount) FROM consumption_line WHERE tenant_id = ? AND account_id = ?"
                + " AND cloud_account_id = ? AND usage_day >= ? AND usage_day <= ?", BigDecimal.class, tenant, account, cloudAccountId,
                month.atDay(1), month.atEndOfMonth());
        if (total == null) {
            return Optional.empty();
        }
        return Optional.of(jdbc.queryForObject("SELECT COALESCE(SUM(voucher_paid), 0), COALESCE(SUM(card_paid), 0) FROM cloud_charge"
                + " WHERE tenant_id = ? AND account_id = ? AND cloud_account_id = ? AND usage_day >= ? AND usage_day <= ?", (row, n) -> {
                    Money vouchers = money(row.getBigDecimal(1), currency);
                    Money cards = money(row.getBigDecimal(2), currency);
                    Money all = money(total, currency);
                    return new CloudBillPayments(all, vouchers, cards, all.minus(vouchers).minus(cards));
                }, tenant, account, cloudAccountId, month.atDay(1), month.atEndOfMonth()));
    }

    /** Every row the filter selects, streamed (for CSV export): nothing is held beyond one row. */
    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE, Role.Names.AUDITOR})
    public void eachConsumption(ConsumptionFilter filter, Consumer<ConsumptionRow> sink) {
        long account = CurrentUser.requireAccountId();
        List<Object> args = new ArrayList<>();
        String where = consumptionWhere(filter, account, args);
        jdbc.query(CONSUMPTION_COLUMNS + where + " ORDER BY l.usage_day, l.workspace_id, l.item_code",
                row -> {
                    sink.accept(consumption(row, 0));
                }, args.toArray());
    }

    /** This month's consumption by day and a straight-line forecast of the month's end. */
    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE, Role.Names.AUDITOR})
    public SpendForecast monthToDate() {
        long account = CurrentUser.requireAccountId();
        TenantDefinition tenant = tenants.current();
        LocalDate today = LocalDate.now(clock.withZone(tenant.timeZone()));
        YearMonth month = YearMonth.from(today);
        Currency currency = tenant.currency();
        Map<LocalDate, Money> byDay = new LinkedHashMap<>();
        jdbc.query("SELECT usage_day, SUM(amount) FROM consumption_line WHERE tenant_id = ? AND account_id = ? AND usage_day >= ?"
                + " AND usage_day <= ? GROUP BY usage_day ORDER BY usage_day", row -> {
                    byDay.put(row.getObject(1, LocalDate.class), money(row.getBigDecimal(2), currency));
                }, tenant.id(), account, month.atDay(1), today);
        Money toDate = byDay.values().stream().reduce(Money.zero(currency), Money::plus);
        // Rated days are those before today (yesterday is rated this morning).
        int rated = Math.max(today.getDayOfMonth() - 1, byDay.size());
        Money monthEnd = rated == 0 ? toDate : money(toDate.amount().multiply(BigDecimal.valueOf(month.lengthOfMonth()))
                .divide(BigDecimal.valueOf(rated), currency.getDefaultFractionDigits(), RoundingMode.HALF_UP), currency);
        return new SpendForecast(month, byDay, toDate, monthEnd, rated, month.lengthOfMonth());
    }

    /** A line and the account's charge of its item and day: the charge says what paid it. */
    private static final String CONSUMPTION_COLUMNS = "SELECT l.usage_day, l.workspace_id, l.item_code, l.quantity, l.units,"
            + " l.unit_price, l.retention_days, l.amount, l.currency, l.settlement, c.voucher_paid, c.card_paid, c.cash_paid, c.arrears"
            + " FROM consumption_line l LEFT JOIN daily_charge c ON c.tenant_id = l.tenant_id AND c.usage_day = l.usage_day"
            + " AND c.account_id = l.account_id AND c.item_code = l.item_code";

    private String consumptionWhere(ConsumptionFilter filter, long account, List<Object> args) {
        StringBuilder where = new StringBuilder(" WHERE l.tenant_id = ? AND l.account_id = ? AND l.usage_day >= ? AND l.usage_day <= ?");
        args.add(tenants.current().id());
        args.add(account);
        args.add(filter.fromOrMin());
        args.add(filter.toOrMax());
        if (filter.workspaceId() != null) {
            where.append(" AND l.workspace_id = ?");
            args.add(filter.workspaceId());
        }
        if (filter.itemCode() != null && !filter.itemCode().isBlank()) {
            where.append(" AND l.item_code = ?");
            args.add(filter.itemCode());
        }
        return where.toString();
    }

    private BillDetail detail(long billId, Long account) {
        BillSummary bill = find(billId, account);
        TenantDefinition tenant = tenants.current();
        Map<String, String> itemNames = new LinkedHashMap<>();
        tenant.priceList().forEach(item -> itemNames.put(item.code(), item.name()));
        Map<Long, String> names = new LinkedHashMap<>();
        List<WorkspaceSummary> known = account == null ? List.of() : workspaces.myWorkspaces();
        known.forEach(w -> names.put(w.id(), w.name()));
        Currency currency = bill.total().currency();
        List<BillLine> lines = jdbc.query("SELECT workspace_id, item_code, settlement, units, amount FROM bill_line"
                + " WHERE tenant_id = ? AND bill_id = ? ORDER BY workspace_id, item_code, settlement",
                (row, n) -> new BillLine(row.getLong(1), null, row.getString(2), itemNames.getOrDefault(row.getString(2), row.getString(2)),
                        row.getString(3), row.getBigDecimal(4).stripTrailingZeros(), money(row.getBigDecimal(5), currency)),
                tenant.id(), billId);
        if (account == null && !lines.isEmpty()) {
            workspaces.find(lines.stream().map(BillLine::workspaceId).distinct().toList())
                    .forEach((id, w) -> names.put(id, w.name()));
        }
        List<BillLine> named = lines.stream().map(line -> new BillLine(line.workspaceId(),
                names.getOrDefault(line.workspaceId(), "#" + line.workspaceId()), line.itemCode(), line.itemName(), line.settlement(),
                line.units(), line.amount())).toList();
        List<BillAdjustment> adjustments = jdbc.query("SELECT id, amount, reason, created_by, created_at FROM bill_adjustment"
                + " WHERE tenant_id = ? AND bill_id = ? ORDER BY id", (row, n) -> new BillAdjustment(row.getLong(1),
                        money(row.getBigDecimal(2), currency), row.getString(3), row.getString(4), Utc.instant(row.getTimestamp(5))),
                tenant.id(), billId);
        return new BillDetail(bill, named, adjustments);
    }

    /** Every issued bill of an account of the current tenant, newest first; for features that build on bills. */
    List<BillSummary> issuedBillsOf(long accountId) {
        return jdbc.query(BILL_COLUMNS + " WHERE b.tenant_id = ? AND b.account_id = ? AND b.status = 'ISSUED' ORDER BY b.period DESC",
                BillService::summary, tenants.current().id(), accountId);
    }

    /** The issued bill of the tenant (and of the account, when given), if there is one with that id. */
    Optional<BillSummary> issuedBillOf(Long account, long billId) {
        List<Object> args = new ArrayList<>(List.of(tenants.current().id(), billId));
        String accountClause = "";
        if (account != null) {
            accountClause = " AND b.account_id = ?";
            args.add(account);
        }
        return jdbc.query(BILL_COLUMNS + " WHERE b.tenant_id = ? AND b.id = ? AND b.status = 'ISSUED'" + accountClause,
                BillService::summary, args.toArray()).stream().findFirst();
    }

    private BillSummary find(long billId, Long account) {
        return issuedBillOf(account, billId).orElseThrow(() -> new BusinessRuleException("bill.notFound"));
    }

    static BillSummary summary(ResultSet row, int n) throws SQLException {
        Currency currency = Currency.getInstance(row.getString(4).strip());
        return new BillSummary(row.getLong(1), row.getLong(2), YearMonth.parse(row.getString(3).strip()), money(row.getBigDecimal(5), currency),
                money(row.getBigDecimal(6), currency), money(row.getBigDecimal(7), currency), money(row.getBigDecimal(8), currency),
                money(row.getBigDecimal(9), currency), money(row.getBigDecimal(10), currency), money(row.getBigDecimal(12), currency),
                Utc.instant(row.getTimestamp(11)));
    }

    private static ConsumptionRow consumption(ResultSet row, int n) throws SQLException {
        Currency currency = Currency.getInstance(row.getString(9).strip());
        return new ConsumptionRow(row.getObject(1, LocalDate.class), row.getLong(2), row.getString(3),
                row.getBigDecimal(4).stripTrailingZeros(), row.getBigDecimal(5).stripTrailingZeros(),
                row.getBigDecimal(6).stripTrailingZeros(), row.getInt(7), money(row.getBigDecimal(8), currency), row.getString(10),
                paidBy(row));
    }

    private static Set<PaidBy> paidBy(ResultSet row) throws SQLException {
        Set<PaidBy> paid = EnumSet.noneOf(PaidBy.class);
        if ("CLOUD_ACCOUNT".equals(row.getString(10))) {
            paid.add(PaidBy.CLOUD_ACCOUNT);
        }
        PaidBy[] columns = {PaidBy.VOUCHERS, PaidBy.CARDS, PaidBy.CASH, PaidBy.ARREARS};
        for (int i = 0; i < columns.length; i++) {
            BigDecimal part = row.getBigDecimal(11 + i);
            if (part != null && part.signum() > 0) {
                paid.add(columns[i]);
            }
        }
        return paid;
    }

    private static Money money(BigDecimal amount, Currency currency) {
        return Money.of(amount.setScale(currency.getDefaultFractionDigits(), RoundingMode.HALF_UP), currency);
    }
}
