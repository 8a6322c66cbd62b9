package org.billingcenter.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.billingcenter.shared.i18n.Message;
import org.billingcenter.shared.money.Money;
import org.billingcenter.tenant.TenantDefinition;
import org.billingcenter.tenant.TenantDefinition.FundingSource;
import org.billingcenter.tenant.TenantRegistry;
import org.billingcenter.usage.DailyUsage;
import org.billingcenter.usage.UsageIngestionService;
import org.billingcenter.wallet.Charge;
import org.billingcenter.wallet.ChargeOutcome;
import org.billingcenter.wallet.ChargeResult;
import org.billingcenter.wallet.DeductionService;
import org.billingcenter.workspace.Settlement;
import org.billingcenter.workspace.WorkspaceService;
import org.billingcenter.workspace.WorkspaceSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rates one day of one tenant and charges it. Steps, each safe to repeat: close the day to late
 * usage; rate the day's totals into consumption lines (written once: a line already there is
 * kept as it is); charge every account's wallet-settled total per item with the key
 * {@code usage:<account>:<item>:<day>}, so a charge made before an interruption is replayed by the
 * wallet, not made again; offer cloud-settled totals to the account's vouchers and cards first;
 * record what paid each charge. A day marked done is not touched again.
 */
@Component
class DailyRating {

    private static final Logger log = LoggerFactory.getLogger(DailyRating.class);
    private static final int CHARGES_PER_STEP = 2000;

    private final UsageIngestionService usage;
    private final WorkspaceService workspaces;
    private final DeductionService deduction;
    private final ConsumptionStore store;
    private final RunLog runs;
    private final BalanceWarnings warnings;
    private final TenantRegistry tenants;
    private final BillingProperties settings;
    private final TransactionTemplate transaction;

    DailyRating(UsageIngestionService usage, WorkspaceService workspaces, DeductionService deduction, ConsumptionStore store,
            RunLog runs, BalanceWarnings warnings, TenantRegistry tenants, BillingProperties settings,
            PlatformTransactionManager transactions) {
        this.usage = usage;
        this.workspaces = workspaces;
        this.deduction = deduction;
        this.store = store;
        this.runs = runs;
        this.warnings = warnings;
        this.tenants = tenants;
        this.settings = settings;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Rates and charges the day unless it is done already; true when it ran. */
    boolean rate(LocalDate day) {
        String period = day.toString();
        if (runs.isDone(RunLog.DAY, period)) {
            return false;
        }
        runs.start(RunLog.DAY, period);
        try {
            TenantDefinition tenant = tenants.current();
            usage.closeDay(day);
            runs.progress(RunLog.DAY, period, "rating", 0, 0);
            List<ConsumptionLine> lines = lines(tenant, day);
            transaction.executeWithoutResult(status -> store.insertLines(tenant.id(), lines));
            int refused = charge(tenant, day, period) + chargeCloudSettled(tenant, day);
            int lineCount = store.lineCount(tenant.id(), day);
            if (refused > 0) {
                runs.fail(RunLog.DAY, period, Message.of("runs.message.refused", lineCount, refused).stored());
            } else {
                runs.finish(RunLog.DAY, period, Message.of("runs.message.rated", lineCount).stored());
            }
            return true;
        } catch (RuntimeException e) {
            runs.failWith(RunLog.DAY, period, e);
            throw e;
        }
    }

    private List<ConsumptionLine> lines(TenantDefinition tenant, LocalDate day) {
        List<DailyUsage> totals = usage.dailyUsage(day);
        if (totals.isEmpty()) {
            return List.of();
        }
        Map<Long, WorkspaceSummary> known = new HashMap<>();
        workspaces.all().forEach(workspace -> known.put(workspace.id(), workspace));
        Map<Long, Settlement> elsewhere = workspaces.settlementsOn(day);
        Map<String, Optional<PriceList.Rate>> rates = new HashMap<>();
        String currency = tenant.currency().getCurrencyCode();
        int scale = tenant.currency().getDefaultFractionDigits();
        List<ConsumptionLine> lines = new ArrayList<>();
        for (DailyUsage used : totals) {
            WorkspaceSummary workspace = known.get(used.workspaceId());
            if (workspace == null) {
                log.warn("Usage of unknown workspace {} on {} is not rated", used.workspaceId(), day);
                continue;
            }
            Optional<PriceList.Rate> found = rates.computeIfAbsent(used.itemCode() + '@' + workspace.siteId() + '@'
                    + workspace.retentionDays(), key -> PriceList.rate(tenant, used.itemCode(), workspace.siteId(), workspace.retentionDays()));
            if (found.isEmpty()) {
                log.warn("No price for {} in site {}: usage of workspace {} on {} is not rated", used.itemCode(), workspace.siteId(),
                        workspace.id(), day);
                continue;
            }
            PriceList.Rate rate = found.get();
            BigDecimal quantity = rate.quantity(used.sum(), used.dailyMax());
            BigDecimal unitSize = rate.item().unitSize();
            BigDecimal units = quantity.divide(unitSize, 6, RoundingMode.HALF_UP);
            BigDecimal amount = quantity.multiply(rate.unitPrice()).divide(unitSize, scale, RoundingMode.HALF_UP);
            Settlement settlement = elsewhere.getOrDefault(workspace.id(), Settlement.WALLET);
            lines.add(new ConsumptionLine(day, workspace.id(), used.itemCode(), workspace.accountId(), workspace.siteId(),
                    rate.retentionDays(), quantity, units, rate.unitPrice(), amount, currency, settlement.kind().name(),
                    settlement.cloudAccountId(), settlement.provider()));
        }
        return lines;
    }

    /** Charges what has no charge recorded yet; returns how many charges the wallet refused. */
    private int charge(TenantDefinition tenant, LocalDate day, String period) {
        List<ConsumptionStore.Uncharged> open = store.uncharged(tenant.id(), day);
        Set<Long> alreadyOwing = store.inArrearsOn(tenant.id(), day.minusDays(1));
        Map<Long, List<ChargeRecord>> byAccount = new LinkedHashMap<>();
        int refused = 0;
        for (int start = 0; start < open.size(); start += CHARGES_PER_STEP) {
            runs.progress(RunLog.DAY, period, "charging", start, open.size());
            List<Charge> step = open.subList(start, Math.min(open.size(), start + CHARGES_PER_STEP)).stream()
                    .map(total -> new Charge(total.accountId(), Money.of(total.amount(), tenant.currency()), total.itemCode(),
                            Message.of("journal.usage", itemName(tenant, total.itemCode()), day).stored(), day, key(total.accountId(), total.itemCode(), day)))
                    .toList();
            List<ChargeRecord> records = new ArrayList<>(step.size());
            for (ChargeOutcome outcome : deduction.chargeBatch(step, settings.chargeBatch())) {
                if (!outcome.charged()) {
                    refused++;
                    log.warn("Charge {} refused: {}", outcome.charge().idempotencyKey(), outcome.refusal());
                    continue;
                }
                ChargeRecord record = record(outcome.charge(), outcome.result());
                records.add(record);
                byAccount.computeIfAbsent(record.accountId(), id -> new ArrayList<>()).add(record);
            }
            transaction.executeWithoutResult(status -> store.recordCharges(tenant.id(), records));
        }
        runs.progress(RunLog.DAY, period, "charged", open.size(), open.size());
        warnings.afterCharges(tenant, day, byAccount, alreadyOwing);
        return refused;
    }

    /**
     * Cloud-settled usage is offered to the account's vouchers and stored-value cards first, per
     * cloud account and item, with the key {@code cloud:<account>:<cloud account>:<item>:<day>};
     * the rest goes to the cloud account. Returns how many such charges were refused.
     */
    private int chargeCloudSettled(TenantDefinition tenant, LocalDate day) {
        List<ConsumptionStore.CloudUncharged> open = store.cloudUncharged(tenant.id(), day);
        int refused = 0;
        for (int start = 0; start < open.size(); start += CHARGES_PER_STEP) {
            List<ConsumptionStore.CloudUncharged> totals = open.subList(start, Math.min(open.size(), start + CHARGES_PER_STEP));
            List<Charge> step = totals.stream().map(total -> new Charge(total.accountId(), Money.of(total.amount(), tenant.currency()),
                    total.itemCode(), Message.of("journal.usageCloudSettled", itemName(tenant, total.itemCode()), day).stored(), day,
                    "cloud:" + total.accountId() + ":" + total.cloudAccountId() + ":" + total.itemCode() + ":" + day)).toList();
            List<ChargeOutcome> outcomes = deduction.chargeCloudSettledBatch(step, settings.chargeBatch());
            List<CloudChargeRecord> records = new ArrayList<>(step.size());
            for (int i = 0; i < outcomes.size(); i++) {
                ChargeOutcome outcome = outcomes.get(i);
                if (!outcome.charged()) {
                    refused++;
                    log.warn("Cloud-settled charge {} refused: {}", outcome.charge().idempotencyKey(), outcome.refusal());
                    continue;
                }
                records.add(cloudRecord(totals.get(i).cloudAccountId(), outcome.charge(), outcome.result()));
            }
            transaction.executeWithoutResult(status -> store.recordCloudCharges(tenant.id(), records));
        }
        return refused;
    }

    private static CloudChargeRecord cloudRecord(long cloudAccountId, Charge charge, ChargeResult result) {
        Money vouchers = result.paidBy(FundingSource.ORDINARY_VOUCHER).plus(result.paidBy(FundingSource.FULL_REDUCTION_VOUCHER));
        Money cards = result.paidBy(FundingSource.STORED_VALUE_CARD);
        return new CloudChargeRecord(charge.usageDay(), charge.accountId(), cloudAccountId, charge.itemCode(), charge.amount().amount(),
                vouchers.amount(), cards.amount(), charge.amount().minus(result.total()).amount(),
                charge.amount().currency().getCurrencyCode(), result.transactionId() == 0 ? null : result.transactionId());
    }

    static String key(long accountId, String itemCode, LocalDate day) {
        return "usage:" + accountId + ":" + itemCode + ":" + day;
    }

    private static ChargeRecord record(Charge charge, ChargeResult result) {
        return new ChargeRecord(charge.usageDay(), charge.accountId(), charge.itemCode(), charge.amount().amount(),
                result.paidBy(FundingSource.ORDINARY_VOUCHER).plus(result.paidBy(FundingSource.FULL_REDUCTION_VOUCHER)).amount(),
                result.paidBy(FundingSource.STORED_VALUE_CARD).amount(), result.paidBy(FundingSource.CASH).amount(),
                result.paidBy(FundingSource.ARREARS).amount(), charge.amount().currency().getCurrencyCode(), result.transactionId());
    }

    /** The item as the tenant's price list names it; its code when the list no longer has it. */
    private static String itemName(TenantDefinition tenant, String code) {
        return tenant.priceList().stream().filter(item -> item.code().equals(code)).map(item -> item.name()).findFirst().orElse(code);
    }
}
