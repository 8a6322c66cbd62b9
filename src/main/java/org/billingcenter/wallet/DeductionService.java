package org.billingcenter.wallet;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.tenant.TenantRegistry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only way money leaves a wallet for consumption. A charge is paid in the tenant's deduction
 * order (by default ordinary vouchers, full-reduction vouchers, stored-value cards, cash, then
 * arrears), soonest-expiring lot first, split across as many lots as it takes ({@link Charging}).
 * One balanced journal transaction records which lot paid what.
 */
@Service
public class DeductionService {

    private final GroupCommit groupCommit;
    private final MoneyCommands commands;
    private final FundingLotRepository lots;
    private final JournalTransactionRepository journal;
    private final TenantRegistry tenants;

    DeductionService(GroupCommit groupCommit, MoneyCommands commands, FundingLotRepository lots, JournalTransactionRepository journal,
            TenantRegistry tenants) {
        this.groupCommit = groupCommit;
        this.commands = commands;
        this.lots = lots;
        this.journal = journal;
        this.tenants = tenants;
    }

    /** Charges that arrive together share one database transaction; see {@link GroupCommit}. */
    @RolesAllowed(Role.Names.OPERATOR)
    public ChargeResult charge(Charge charge) {
        MoneyRules.requirePositive(charge.amount());
        Idempotency.requireUsableKey(charge.idempotencyKey());
        return groupCommit.submit("charge", this::chargeAll, new Charging(charge, false, tenants.current()));
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
        var tenant = tenants.current();
        List<Outcome<ChargeResult>> outcomes = groupCommit.applyAll(this::chargeAll,
                charges.stream().map(charge -> new Charging(charge, cloudSettled, tenant)).toList(), Math.max(1, chunk));
        List<ChargeOutcome> results = new ArrayList<>(charges.size());
        for (int i = 0; i < charges.size(); i++) {
            Outcome<ChargeResult> outcome = outcomes.get(i);
            String refusal = outcome.failure() == null ? null
                    : outcome.failure() instanceof BusinessRuleException rule ? rule.messageKey() : outcome.failure().toString();
            results.add(new ChargeOutcome(charges.get(i), outcome.result(), refusal));
        }
        return results;
    }

    /** A batch of charges run as money commands, each result completed in the batch's transaction. */
    private List<Outcome<ChargeResult>> chargeAll(Commands<Charging> charges) {
        List<Outcome<Charged>> charged = commands.run(charges);
        List<Outcome<ChargeResult>> results = new ArrayList<>(charged.size());
        for (int i = 0; i < charged.size(); i++) {
            Outcome<Charged> outcome = charged.get(i);
            Currency currency = charges.get(i).charge().amount().currency();
            results.add(Outcome.of(() -> resultOf(outcome.get(), currency)));
        }
        return results;
    }

    /** A charge's result: known when just decided, read back from the journal for a repeat. */
    private ChargeResult resultOf(Charged charged, Currency chargedIn) {
        if (charged.result() != null) {
            return charged.result();
        }
        if (charged.transactionId() == 0) {
            // A cloud-settled charge the account's vouchers and cards had nothing for.
            return new ChargeResult(0, chargedIn, List.of());
        }
        return Charged.resultOf(journal.findById(charged.transactionId()).orElseThrow(), charged.arrears(),
                lotId -> lots.findById(lotId).orElseThrow().getKind());
    }
}
