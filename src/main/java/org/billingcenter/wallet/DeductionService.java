package org.billingcenter.wallet;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.money.Money;
import org.billingcenter.tenant.TenantDefinition;
import org.billingcenter.tenant.TenantDefinition.FundingSource;
import org.billingcenter.tenant.TenantRegistry;
import org.billingcenter.wallet.ChargeResult.Payment;
import org.billingcenter.audit.Provenance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only way money leaves a wallet for consumption. A charge is paid in the tenant's deduction
 * order (by default ordinary vouchers, full-reduction vouchers, stored-value cards, cash, then
 * arrears), soonest-expiring lot first, split across as many lots as it takes; items the tenant
 * marks cash-or-card-only skip vouchers. One balanced journal transaction records which lot paid
 * what.
 */
@Service
public class DeductionService {

    private final GroupCommit groupCommit;
    private final Bookkeeper bookkeeper;
    private final FundingLotRepository lots;
    private final JournalTransactionRepository journal;
    private final TenantRegistry tenants;
    private final Clock clock;

    DeductionService(GroupCommit groupCommit, Bookkeeper bookkeeper, FundingLotRepository lots,
            JournalTransactionRepository journal, TenantRegistry tenants, Clock clock) {
        this.groupCommit = groupCommit;
        this.bookkeeper = bookkeeper;
        this.lots = lots;
        this.journal = journal;
        this.tenants = tenants;
        this.clock = clock;
    }

    /** Charges that arrive together share one database transaction; see {@link GroupCommit}. */
    @RolesAllowed(Role.Names.OPERATOR)
    public ChargeResult charge(Charge charge) {
        MoneyRules.requirePositive(charge.amount());
        Idempotency.requireUsableKey(charge.idempotencyKey());
        return groupCommit.submit("charge", charges -> chargeAll(charges, false), charge);
    }

    /**
     * Many charges at once, for the daily run: applied in batches of {@code chunk} charges per
     * database transaction (each batch locks its wallets once), with the same rules, deduction
     * order and idempotency as {@link #charge}. A charge refused by a rule leaves the others alone.
     */
    @RolesAllowed(Role.Names.OPERATOR)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<ChargeOutcome> chargeBatch(List<Charge> charges, int chunk) {
        return chargeBatch(charges, chunk, false);
    }

    /**
     * Usage a workspace settles through a cloud account: the account's vouchers and stored-value
     * cards pay first, in the tenant's order, and the rest is left for the cloud account (the
     * result's {@link ChargeResult#total()} says what the wallet paid). Cash is never touched and
     * nothing goes into arrears; batches, locking and idempotency as {@link #chargeBatch}.
     */
    @RolesAllowed(Role.Names.OPERATOR)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<ChargeOutcome> chargeCloudSettledBatch(List<Charge> charges, int chunk) {
        return chargeBatch(charges, chunk, true);
    }

    private List<ChargeOutcome> chargeBatch(List<Charge> charges, int chunk, boolean cloudSettled) {
        charges.forEach(charge -> {
            MoneyRules.requirePositive(charge.amount());
            Idempotency.requireUsableKey(charge.idempotencyKey());
        });
        List<Outcome<ChargeResult>> outcomes = groupCommit.applyAll(commands -> chargeAll(commands, cloudSettled), charges,
                Math.max(1, chunk));
        List<ChargeOutcome> results = new ArrayList<>(charges.size());
        for (int i = 0; i < charges.size(); i++) {
            Outcome<ChargeResult> outcome = outcomes.get(i);
            String refusal = outcome.failure() == null ? null
                    : outcome.failure() instanceof BusinessRuleException rule ? rule.messageKey() : outcome.failure().toString();
            results.add(new ChargeOutcome(charges.get(i), outcome.result(), refusal));
        }
        return results;
    }

    private List<Outcome<ChargeResult>> chargeAll(Commands<Charge> charges, boolean cloudSettled) {
        Instant now = clock.instant();
        TenantDefinition tenant = tenants.current();
        Map<Long, Books> books = bookkeeper.open(charges.stream().map(Charge::accountId).toList(),
                charges.stream().map(Charge::idempotencyKey).toList(), true, now);
        List<Outcome<String>> decided = charges.decideEach((charge, by) -> {
            Books account = books.get(charge.accountId());
            if (account == null) {
                throw new BusinessRuleException("wallet.notFound");
            }
            account.requireCurrency(charge.amount());
            return account.once(charge.idempotencyKey(), cloudSettled ? "CLOUD_CHARGE" : "CHARGE",
                    new Object[] {charge.amount(), charge.itemCode(), charge.usageDay(), charge.description()},
                    () -> cloudSettled ? deductFromLots(account, charge, tenant, now, by) : deduct(account, charge, tenant, now, by));
        });
        bookkeeper.write(books.values());
        Map<Long, JournalTransaction> posted = books.values().stream().flatMap(account -> account.postings().stream())
                .collect(Collectors.toMap(JournalTransaction::getId, transaction -> transaction));
        List<Outcome<ChargeResult>> results = new ArrayList<>(decided.size());
        for (int i = 0; i < decided.size(); i++) {
            Outcome<String> outcome = decided.get(i);
            Currency currency = charges.get(i).amount().currency();
            results.add(Outcome.of(() -> resultOf(outcome.get(), currency, posted, books)));
        }
        return results;
    }

    private static boolean cashOrCardOnly(TenantDefinition tenant, Charge charge) {
        return tenant.priceList().stream().anyMatch(item -> item.code().equals(charge.itemCode()) && item.cashOrCardOnly());
    }

    /** Vouchers and cards pay what they can of a cloud-settled charge; no posting when they hold nothing. */
    private String deductFromLots(Books account, Charge charge, TenantDefinition tenant, Instant now, Provenance by) {
        List<DeductionPlan.Share> shares = DeductionPlan.lotsFirst(charge.amount().amount(), tenant.deductionOrder(),
                account.usableLots(), cashOrCardOnly(tenant, charge));
        if (shares.isEmpty()) {
            return "0:0";
        }
        Currency currency = charge.amount().currency();
        JournalTransaction transaction = new JournalTransaction(account.accountId(), MovementKind.CHARGE,
                charge.description(), now, charge.usageDay(), by).forItem(charge.itemCode());
        Money paid = Money.zero(currency);
        for (DeductionPlan.Share share : shares) {
            Money amount = Money.of(share.amount(), currency);
            transaction.lot(share.lotId(), amount.negate(), false);
            paid = paid.plus(amount);
        }
        transaction.entry(LedgerAccount.REVENUE, paid);
        return account.post(transaction).getId() + ":0";
    }

    private String deduct(Books account, Charge charge, TenantDefinition tenant, Instant now, Provenance by) {
        List<DeductionPlan.Share> shares = DeductionPlan.plan(charge.amount().amount(), tenant.deductionOrder(),
                account.usableLots(), account.cash().amount(), cashOrCardOnly(tenant, charge))
                .orElseThrow(() -> new BusinessRuleException("charge.insufficientFunds"));
        Currency currency = charge.amount().currency();
        JournalTransaction transaction = new JournalTransaction(account.accountId(), MovementKind.CHARGE,
                charge.description(), now, charge.usageDay(), by).forItem(charge.itemCode());
        Money arrears = Money.zero(currency);
        for (DeductionPlan.Share share : shares) {
            Money amount = Money.of(share.amount(), currency);
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
        // The outcome is "<transaction id>:<part that went into arrears>".
        return account.post(transaction).getId() + ":" + arrears.amount().toPlainString();
    }

    /** A charge's result from its journal entries: those just posted, or for a replay those read back. */
    private ChargeResult resultOf(String outcome, Currency chargedIn, Map<Long, JournalTransaction> posted, Map<Long, Books> books) {
        String[] parts = outcome.split(":");
        long transactionId = Long.parseLong(parts[0]);
        if (transactionId == 0) {
            // A cloud-settled charge the account's vouchers and cards had nothing for.
            return new ChargeResult(0, chargedIn, List.of());
        }
        JournalTransaction transaction = posted.get(transactionId);
        Function<Long, LotKind> kindOf;
        if (transaction != null) {
            Books account = books.get(transaction.getAccountId());
            kindOf = account::kindOf;
        } else {
            transaction = journal.findById(transactionId).orElseThrow();
            kindOf = lotId -> lots.findById(lotId).orElseThrow().getKind();
        }
        Currency currency = transaction.getEntries().getFirst().getAmount().currency();
        List<Payment> payments = new ArrayList<>();
        Money cash = Money.zero(currency);
        for (JournalEntry entry : transaction.getEntries()) {
            if (entry.getLedger() == LedgerAccount.CUSTOMER_LOT) {
                payments.add(new Payment(kindOf.apply(entry.getLotId()).source(), entry.getLotId(), entry.getAmount().negate()));
            } else if (entry.getLedger() == LedgerAccount.CUSTOMER_CASH) {
                cash = cash.plus(entry.getAmount().negate());
            }
        }
        Money inArrears = Money.of(new BigDecimal(parts[1]), currency);
        if (cash.minus(inArrears).isPositive()) {
            payments.add(new Payment(FundingSource.CASH, null, cash.minus(inArrears)));
        }
        if (inArrears.isPositive()) {
            payments.add(new Payment(FundingSource.ARREARS, null, inArrears));
        }
        return new ChargeResult(transactionId, currency, payments);
    }
}
