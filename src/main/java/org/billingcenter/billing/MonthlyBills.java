package org.billingcenter.billing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;

import org.billingcenter.account.AccountNotices;
import org.billingcenter.shared.i18n.Message;
import org.billingcenter.shared.money.Money;
import org.billingcenter.shared.tenancy.TenantContext;
import org.billingcenter.tenant.TenantDefinition;
import org.billingcenter.tenant.TenantRegistry;
import org.billingcenter.wallet.WalletService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The month's bill run: first every day of the month is rated (days already done are skipped),
 * then, in one transaction, one bill per account with consumption (the unique key tenant +
 * account + period makes a second run add nothing), its lines per workspace × item × settlement,
 * what paid it (vouchers and cards count what they paid of cloud-settled usage too), the part still in arrears, and an arrears case for each bill that has one. Bills
 * are written as drafts and issued at the end of that transaction, so nobody sees half a bill.
 */
@Component
class MonthlyBills {

    /** A draft bill whose charges went partly into arrears. */
    private record Owing(long billId, long accountId, BigDecimal arrears, String currency) {
    }

    /** A bill about to be issued, as its account is told of it. */
    private record Issued(long accountId, BigDecimal total, String currency) {
    }

    private final JdbcTemplate jdbc;
    private final DailyRating rating;
    private final RunLog runs;
    private final WalletService wallets;
    private final ArrearsCases arrears;
    private final AccountNotices notices;
    private final TenantRegistry tenants;
    private final TransactionTemplate transaction;
    private final Clock clock;

    MonthlyBills(JdbcTemplate jdbc, DailyRating rating, RunLog runs, WalletService wallets, ArrearsCases arrears,
            AccountNotices notices, TenantRegistry tenants, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.rating = rating;
        this.runs = runs;
        this.wallets = wallets;
        this.arrears = arrears;
        this.notices = notices;
        this.tenants = tenants;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Issues the month's bills unless that was done; true when it ran. */
    boolean issue(YearMonth month) {
        String period = month.toString();
        if (runs.isDone(RunLog.MONTH, period)) {
            return false;
        }
        runs.start(RunLog.MONTH, period);
        try {
            int days = month.lengthOfMonth();
            for (int d = 1; d <= days; d++) {
                runs.progress(RunLog.MONTH, period, "rating days", d - 1, days);
                LocalDate day = month.atDay(d);
                rating.rate(day);
                if (!runs.isDone(RunLog.DAY, day.toString())) {
                    runs.fail(RunLog.MONTH, period, Message.of("runs.message.waiting", day).stored());
                    return true;
                }
            }
            runs.progress(RunLog.MONTH, period, "issuing bills", days, days);
            Integer issued = transaction.execute(status -> write(month));
            runs.finish(RunLog.MONTH, period, Message.of("runs.message.issued", issued).stored());
            return true;
        } catch (RuntimeException e) {
            runs.failWith(RunLog.MONTH, period, e);
            throw e;
        }
    }

    private int write(YearMonth month) {
        String tenant = TenantContext.require();
        String period = month.toString();
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        int bills = jdbc.update("INSERT IGNORE INTO bill (tenant_id, account_id, period, currency, total, voucher_paid, card_paid,"
                + " cash_paid, cloud_paid, arrears, status, issued_at)"
                + " SELECT l.tenant_id, l.account_id, ?, l.currency, l.total, COALESCE(c.voucher, 0) + COALESCE(k.voucher, 0),"
                + " COALESCE(c.card, 0) + COALESCE(k.card, 0), COALESCE(c.cash, 0) + COALESCE(c.owed, 0),"
                + " l.cloud - COALESCE(k.voucher, 0) - COALESCE(k.card, 0), COALESCE(c.owed, 0), 'DRAFT', ?"
                + " FROM (SELECT tenant_id, account_id, MAX(currency) AS currency, SUM(amount) AS total,"
                + " SUM(CASE WHEN settlement = 'CLOUD_ACCOUNT' THEN amount ELSE 0 END) AS cloud FROM consumption_line"
                + " WHERE tenant_id = ? AND usage_day >= ? AND usage_day <= ? GROUP BY tenant_id, account_id) l"
                + " LEFT JOIN (SELECT account_id, SUM(voucher_paid) AS voucher, SUM(card_paid) AS card, SUM(cash_paid) AS cash,"
                + " SUM(arrears) AS owed FROM daily_charge WHERE tenant_id = ? AND usage_day >= ? AND usage_day <= ?"
                + " GROUP BY account_id) c ON c.account_id = l.account_id"
                // Cloud-settled usage that vouchers and cards paid first is theirs, not the cloud account's.
                + " LEFT JOIN (SELECT account_id, SUM(voucher_paid) AS voucher, SUM(card_paid) AS card FROM cloud_charge"
                + " WHERE tenant_id = ? AND usage_day >= ? AND usage_day <= ? GROUP BY account_id) k ON k.account_id = l.account_id",
                period, now, tenant, from, to, tenant, from, to, tenant, from, to);
        jdbc.update("INSERT IGNORE INTO bill_line (tenant_id, bill_id, workspace_id, item_code, settlement, units, amount)"
                + " SELECT b.tenant_id, b.id, l.workspace_id, l.item_code, l.settlement, SUM(l.units), SUM(l.amount)"
                + " FROM consumption_line l JOIN bill b ON b.tenant_id = l.tenant_id AND b.account_id = l.account_id"
                + " AND b.period = ? AND b.status = 'DRAFT' WHERE l.tenant_id = ? AND l.usage_day >= ? AND l.usage_day <= ?"
                + " GROUP BY b.tenant_id, b.id, l.workspace_id, l.item_code, l.settlement",
                period, tenant, from, to);
        for (Owing owing : settleArrears(tenant, period)) {
            arrears.open(owing.billId(), owing.accountId(), Money.of(owing.arrears().stripTrailingZeros(),
                    Currency.getInstance(owing.currency())), month);
        }
        List<Issued> issued = jdbc.query("SELECT account_id, total, currency FROM bill WHERE tenant_id = ? AND period = ?"
                + " AND status = 'DRAFT'", (row, n) -> new Issued(row.getLong(1), row.getBigDecimal(2), row.getString(3).strip()),
                tenant, period);
        jdbc.update("UPDATE bill SET status = 'ISSUED' WHERE tenant_id = ? AND period = ? AND status = 'DRAFT'", tenant, period);
        announce(month, issued);
        return bills;
    }

    /** Each account hears of its new bill in the portal and by e-mail, in the transaction that issues it. */
    private void announce(YearMonth month, List<Issued> issued) {
        TenantDefinition tenant = tenants.current();
        for (Issued bill : issued) {
            Money total = Money.of(bill.total().stripTrailingZeros(), Currency.getInstance(bill.currency()));
            notices.tell(bill.accountId(), "BILL_ISSUED", Message.of("notice.billIssued.subject", tenant.brandName(), month),
                    Message.of("notice.billIssued.text", month, total));
        }
    }

    /**
     * What the month's charges put into arrears, less what recharges have paid since: only the
     * account's debt today (negative cash) can still be owed, and this month owes at most its share.
     */
    private List<Owing> settleArrears(String tenant, String period) {
        List<Owing> drafts = jdbc.query("SELECT id, account_id, arrears, currency FROM bill WHERE tenant_id = ? AND period = ?"
                + " AND status = 'DRAFT' AND arrears > 0", (row, n) -> new Owing(row.getLong(1), row.getLong(2),
                        row.getBigDecimal(3), row.getString(4).strip()), tenant, period);
        if (drafts.isEmpty()) {
            return drafts;
        }
        Map<Long, Money> cash = wallets.cashBalances(drafts.stream().map(Owing::accountId).toList());
        List<Owing> owing = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        for (Owing draft : drafts) {
            Money balance = cash.get(draft.accountId());
            BigDecimal debt = balance == null || !balance.isNegative() ? BigDecimal.ZERO : balance.amount().negate();
            BigDecimal still = draft.arrears().min(debt);
            updates.add(new Object[] {still, still, draft.billId(), tenant});
            if (still.signum() > 0) {
                owing.add(new Owing(draft.billId(), draft.accountId(), still, draft.currency()));
            }
        }
        jdbc.batchUpdate("UPDATE bill SET cash_paid = cash_paid - ?, arrears = ? WHERE id = ? AND tenant_id = ?", updates);
        return owing;
    }
}
