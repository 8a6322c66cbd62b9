package org.billingcenter.wallet;

import java.util.List;

import org.billingcenter.audit.Provenance;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.money.Money;
import org.billingcenter.tenant.TenantDefinition;
import org.billingcenter.tenant.TenantDefinition.FundingSource;

/**
 * A charge as a money command, paid in the tenant's deduction order, soonest-expiring lot first;
 * items the tenant marks cash-or-card-only skip vouchers. A cloud-settled charge takes only what
 * vouchers and cards hold, never cash, and goes into no arrears.
 */
record Charging(Charge charge, boolean cloudSettled, TenantDefinition tenant) implements MoneyCommand<Charged> {

    @Override
    public long accountId() {
        return charge.accountId();
    }

    @Override
    public String idempotencyKey() {
        return charge.idempotencyKey();
    }

    @Override
    public String name() {
        return cloudSettled ? "CLOUD_CHARGE" : "CHARGE";
    }

    @Override
    public Object[] parameters() {
        return new Object[] {charge.amount(), charge.itemCode(), charge.usageDay(), charge.description()};
    }

    @Override
    public boolean spendsLots() {
        return true;
    }

    @Override
    public Charged decide(Books books, Provenance by) {
        books.requireCurrency(charge.amount());
        return cloudSettled ? fromLots(books, by) : deduct(books, by);
    }

    @Override
    public Charged replayed(String stored) {
        return Charged.read(stored);
    }

    private boolean cashOrCardOnly() {
        return tenant.priceList().stream().anyMatch(item -> item.code().equals(charge.itemCode()) && item.cashOrCardOnly());
    }

    /** Vouchers and cards pay what they can; no posting when they hold nothing. */
    private Charged fromLots(Books books, Provenance by) {
        List<DeductionPlan.Share> shares = DeductionPlan.lotsFirst(charge.amount().amount(), tenant.deductionOrder(),
                books.usableLots(), cashOrCardOnly());
        if (shares.isEmpty()) {
            return Charged.nothing(charge.amount().currency());
        }
        JournalTransaction transaction = transaction(books, by);
        Money paid = Money.zero(charge.amount().currency());
        for (DeductionPlan.Share share : shares) {
            Money amount = Money.of(share.amount(), charge.amount().currency());
            transaction.lot(share.lotId(), amount.negate(), false);
            paid = paid.plus(amount);
        }
        transaction.entry(LedgerAccount.REVENUE, paid);
        return Charged.of(books.post(transaction), java.math.BigDecimal.ZERO, books::kindOf);
    }

    private Charged deduct(Books books, Provenance by) {
        List<DeductionPlan.Share> shares = DeductionPlan.plan(charge.amount().amount(), tenant.deductionOrder(),
                books.usableLots(), books.cash().amount(), cashOrCardOnly())
                .orElseThrow(() -> new BusinessRuleException("charge.insufficientFunds"));
        JournalTransaction transaction = transaction(books, by);
        Money arrears = Money.zero(charge.amount().currency());
        for (DeductionPlan.Share share : shares) {
            Money amount = Money.of(share.amount(), charge.amount().currency());
            if (share.lotId() == null) {
                // Cash paid (now, or later when arrears are settled) is what can be invoiced.
                transaction.cash(amount.negate(), true);
                if (share.source() == FundingSource.ARREARS) {
                    arrears = amount;
                }
            } else {
                transaction.lot(share.lotId(), amount.negate(), false);
            }
        }
        transaction.entry(LedgerAccount.REVENUE, charge.amount());
        return Charged.of(books.post(transaction), arrears.amount(), books::kindOf);
    }

    private JournalTransaction transaction(Books books, Provenance by) {
        return new JournalTransaction(charge.accountId(), MovementKind.CHARGE, charge.description(), books.now(), charge.usageDay(), by)
                .forItem(charge.itemCode());
    }
}
