package org.billingcenter.wallet;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.money.Money;
import org.billingcenter.tenant.TenantDefinition;
import org.billingcenter.tenant.TenantDefinition.FundingSource;
import org.billingcenter.tenant.TenantRegistry;
import org.billingcenter.wallet.ChargeResult.Payment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only way money leaves a wallet for consumption. A charge is paid in the tenant's deduction
 * order (by default ordinary vouchers, full-reduction vouchers, stored-value cards, cash, then
 * arrears), soonest-expiring lot first, split across as many lots as it takes; items the tenant
 * marks cash-or-card-only skip vouchers. One balanced journal transaction records which lot paid
 * what.
 */
@Service
@Transactional
public class DeductionService {

    private final WalletLock walletLock;
    private final Idempotency idempotency;
    private final FundingLotRepository lots;
    private final JournalTransactionRepository journal;
    private final Ledger ledger;
    private final TenantRegistry tenants;
    private final Clock clock;

    DeductionService(WalletLock walletLock, Idempotency idempotency, FundingLotRepository lots,
            JournalTransactionRepository journal, Ledger ledger, TenantRegistry tenants, Clock clock) {
        this.walletLock = walletLock;
        this.idempotency = idempotency;
        this.lots = lots;
        this.journal = journal;
        this.ledger = ledger;
        this.tenants = tenants;
        this.clock = clock;
    }

    @RolesAllowed(Role.Names.OPERATOR)
    public ChargeResult charge(Charge charge) {
        MoneyRules.requirePositive(charge.amount());
        Wallet wallet = walletLock.lock(charge.accountId());
        MoneyRules.requireCurrency(wallet, charge.amount());
        String outcome = idempotency.once(wallet, charge.idempotencyKey(), "CHARGE",
                new Object[] {charge.amount(), charge.itemCode(), charge.usageDay(), charge.description()},
                () -> deduct(wallet, charge));
        // The outcome is "<transaction id>:<part that went into arrears>".
        String[] parts = outcome.split(":");
        return resultOf(Long.parseLong(parts[0]), new BigDecimal(parts[1]));
    }

    private String deduct(Wallet wallet, Charge charge) {
        TenantDefinition tenant = tenants.current();
        boolean cashOrCardOnly = tenant.priceList().stream()
                .anyMatch(item -> item.code().equals(charge.itemCode()) && item.cashOrCardOnly());
        Instant now = clock.instant();
        Map<Long, FundingLot> usable = new HashMap<>();
        for (LotKind kind : LotKind.values()) {
            lots.usable(wallet.getAccountId(), kind, now).forEach(lot -> usable.put(lot.getId(), lot));
        }
        List<DeductionPlan.Share> shares = DeductionPlan.plan(charge.amount().amount(), tenant.deductionOrder(),
                usable.values().stream().map(lot -> new DeductionPlan.Source(lot.getId(), lot.getKind(), lot.balance().amount(),
                        lot.getExpiresAt())).toList(),
                wallet.cash().amount(), cashOrCardOnly)
                .orElseThrow(() -> new BusinessRuleException("charge.insufficientFunds"));

        Currency currency = charge.amount().currency();
        JournalTransaction transaction = new JournalTransaction(wallet.getAccountId(), MovementKind.CHARGE,
                charge.description(), now, charge.usageDay()).forItem(charge.itemCode());
        Money arrears = Money.zero(currency);
        List<FundingLot> usedUp = new ArrayList<>();
        for (DeductionPlan.Share share : shares) {
            Money amount = Money.of(share.amount(), currency);
            if (share.lotId() == null) {
                // Cash paid (now, or later when arrears are settled) is what can be invoiced.
                transaction.cash(amount.negate(), true);
                if (share.source() == FundingSource.ARREARS) {
                    arrears = amount;
                }
            } else {
                FundingLot lot = usable.get(share.lotId());
                transaction.lot(lot, amount.negate(), false);
                if (share.amount().compareTo(lot.balance().amount()) == 0) {
                    usedUp.add(lot);
                }
            }
        }
        transaction.entry(LedgerAccount.REVENUE, charge.amount());
        long id = ledger.post(wallet, transaction).getId();
        usedUp.forEach(FundingLot::markUsedUp);
        return id + ":" + arrears.amount().toPlainString();
    }

    /** Rebuilds a charge's result from its journal entries, for the first run and for replays alike. */
    private ChargeResult resultOf(long transactionId, BigDecimal arrears) {
        JournalTransaction transaction = journal.findById(transactionId).orElseThrow();
        Currency currency = transaction.getEntries().getFirst().getAmount().currency();
        List<Payment> payments = new ArrayList<>();
        Money cash = Money.zero(currency);
        for (JournalEntry entry : transaction.getEntries()) {
            if (entry.getLedger() == LedgerAccount.CUSTOMER_LOT) {
                LotKind kind = lots.findById(entry.getLotId()).orElseThrow().getKind();
                payments.add(new Payment(kind.source(), entry.getLotId(), entry.getAmount().negate()));
            } else if (entry.getLedger() == LedgerAccount.CUSTOMER_CASH) {
                cash = cash.plus(entry.getAmount().negate());
            }
        }
        Money inArrears = Money.of(arrears, currency);
        if (cash.minus(inArrears).isPositive()) {
            payments.add(new Payment(FundingSource.CASH, null, cash.minus(inArrears)));
        }
        if (inArrears.isPositive()) {
            payments.add(new Payment(FundingSource.ARREARS, null, inArrears));
        }
        return new ChargeResult(transactionId, currency, payments);
    }
}
