package org.billingcenter.billing;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import org.billingcenter.shared.i18n.Message;
import org.billingcenter.tenant.Feature;
import org.billingcenter.tenant.RequiresFeature;
import org.billingcenter.shared.persistence.LikePattern;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.CurrentUser;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.money.Money;
import org.billingcenter.tenant.TenantRegistry;
import org.billingcenter.wallet.Charge;
import org.billingcenter.wallet.ChargeResult;
import org.billingcenter.wallet.DeductionService;
import org.billingcenter.tenant.TenantDefinition.FundingSource;
import org.billingcenter.wallet.WalletService;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff's side of issued bills: find them across the tenant's accounts and correct them.
 * An issued bill never changes; a correction is an adjustment beside it that moves the money it
 * says, in the same transaction: a credit goes back to the account's cash (paying arrears first,
 * as any credit does), an extra charge is deducted like consumption, in the tenant's order.
 */
@Service
@Transactional(readOnly = true)
@RequiresFeature(Feature.PAY_AS_YOU_GO)
public class BillDesk {

    private static final String FROM = " FROM bill b JOIN billing_account a ON a.tenant_id = b.tenant_id AND a.id = b.account_id";

    private final JdbcTemplate jdbc;
    private final BillService bills;
    private final WalletService wallet;
    private final DeductionService deduction;
    private final ArrearsCases arrears;
    private final TenantRegistry tenants;
    private final Clock clock;

    BillDesk(JdbcTemplate jdbc, BillService bills, WalletService wallet, DeductionService deduction, ArrearsCases arrears,
            TenantRegistry tenants, Clock clock) {
        this.jdbc = jdbc;
        this.bills = bills;
        this.wallet = wallet;
        this.deduction = deduction;
        this.arrears = arrears;
        this.tenants = tenants;
        this.clock = clock;
    }

    /** The tenant's issued bills that match, newest month first, then by account. */
    @RolesAllowed(Role.Names.OPERATOR)
    public Page<DeskBill> search(BillQuery query, Pageable page) {
        List<Object> args = new ArrayList<>();
        String where = where(query, args);
        long total = jdbc.queryForObject("SELECT COUNT(*)" + FROM + where, Long.class, args.toArray());
        String limit = page.isPaged() ? " LIMIT " + page.getPageSize() + " OFFSET " + page.getOffset() : "";
        List<DeskBill> rows = jdbc.query(BillService.SUMMARY_COLUMNS + ", a.enterprise_name" + FROM + where
                + " ORDER BY b.period DESC, b.account_id" + limit,
                (row, n) -> new DeskBill(BillService.summary(row, n), row.getString("enterprise_name")), args.toArray());
        return new PageImpl<>(rows, page, total);
    }

    private String where(BillQuery query, List<Object> args) {
        StringBuilder where = new StringBuilder(" WHERE b.tenant_id = ? AND b.status = 'ISSUED'");
        args.add(tenants.current().id());
        if (query.period() != null) {
            where.append(" AND b.period = ?");
            args.add(query.period().toString());
        }
        if (query.hasAccount()) {
            String account = query.account().strip();
            if (account.matches("\\d{1,18}")) {
                where.append(" AND (b.account_id = ? OR a.enterprise_name LIKE ? ESCAPE '!')");
                args.add(Long.parseLong(account));
            } else {
                where.append(" AND a.enterprise_name LIKE ? ESCAPE '!'");
            }
            args.add(LikePattern.containing(account));
        }
        return where.toString();
    }

    /**
     * Corrects an issued bill: a negative amount credits the account, a positive one charges it.
     * The key is the operator's: the same key again returns the first adjustment and moves nothing
     * more; the same key for another bill, amount or reason is refused.
     */
    @RolesAllowed(Role.Names.OPERATOR)
    @Transactional
    public BillAdjustment adjust(long billId, Money amount, String reason, String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 80) {
            throw new BusinessRuleException("idempotency.keyRequired");
        }
        BillSummary bill = bills.issuedBillOf(null, billId).orElseThrow(() -> new BusinessRuleException("bill.notFound"));
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("bill.adjustmentReason");
        }
        if (amount == null || amount.isZero() || !amount.currency().equals(bill.total().currency())) {
            throw new BusinessRuleException("bill.adjustmentAmount");
        }
        String why = reason.strip();
        Optional<BillAdjustment> earlier = earlier(idempotencyKey, billId, amount, why);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Instant now = clock.instant();
        String by = CurrentUser.require().email();
        long id;
        try {
            id = insert(billId, amount, why, by, now, idempotencyKey);
        } catch (DuplicateKeyException concurrentResubmit) {
            // The same key committed meanwhile: that adjustment is the answer.
            return earlier(idempotencyKey, billId, amount, why).orElseThrow(() -> concurrentResubmit);
        }
        String description = Message.of("journal.billAdjustment", bill.period(), why).stored();
        String moneyKey = "bill-adjustment:" + id;
        if (amount.isPositive()) {
            ChargeResult charged = deduction.charge(new Charge(bill.accountId(), amount, null, description, bill.period().atEndOfMonth(),
                    moneyKey));
            // What the account could not pay is owed like a bill's arrears: the countdown starts (once per bill).
            Money owed = charged.paidBy(FundingSource.ARREARS);
            if (owed.isPositive()) {
                arrears.open(billId, bill.accountId(), owed, bill.period());
            }
        } else {
            wallet.grantCredit(bill.accountId(), amount.negate(), description, moneyKey);
        }
        return new BillAdjustment(id, amount, why, by, now);
    }

    private Optional<BillAdjustment> earlier(String key, long billId, Money amount, String reason) {
        return jdbc.query("SELECT id, bill_id, amount, reason, created_by, created_at FROM bill_adjustment"
                + " WHERE tenant_id = ? AND idempotency_key = ?", (row, n) -> {
                    if (row.getLong(2) != billId || row.getBigDecimal(3).compareTo(amount.amount()) != 0
                            || !row.getString(4).equals(reason)) {
                        throw new BusinessRuleException("idempotency.keyReused");
                    }
                    return new BillAdjustment(row.getLong(1), amount, reason, row.getString(5),
                            row.getTimestamp(6).toLocalDateTime().toInstant(ZoneOffset.UTC));
                }, tenants.current().id(), key).stream().findFirst();
    }

    private long insert(long billId, Money amount, String reason, String by, Instant now, String key) {
        GeneratedKeyHolder generated = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("INSERT INTO bill_adjustment (tenant_id, bill_id, amount, currency,"
                    + " reason, created_by, created_at, idempotency_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
            insert.setString(1, tenants.current().id());
            insert.setLong(2, billId);
            insert.setBigDecimal(3, amount.amount());
            insert.setString(4, amount.currency().getCurrencyCode());
            insert.setString(5, reason);
            insert.setString(6, by);
            insert.setObject(7, LocalDateTime.ofInstant(now, ZoneOffset.UTC));
            insert.setString(8, key);
            return insert;
        }, generated);
        return generated.getKeyAs(Number.class).longValue();
    }
}
