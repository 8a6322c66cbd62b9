package org.billingcenter.wallet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.billingcenter.tenant.TenantDefinition.FundingSource;

/**
 * Decides who pays a charge, without touching anything: sources in the tenant's order, within a
 * source the lot that expires first, each lot giving what it has until the charge is covered.
 * Cash gives only what is above zero; arrears take any rest. Vouchers are skipped for
 * cash-or-card-only items. Empty when the order has no arrears and the funds do not cover it.
 */
final class DeductionPlan {

    /** A lot as the plan sees it: what kind, what it holds, when it lapses. */
    record Source(long lotId, LotKind kind, BigDecimal balance, java.time.Instant expiresAt) {
    }

    record Share(FundingSource source, Long lotId, BigDecimal amount) {
    }

    private DeductionPlan() {
    }

    static Optional<List<Share>> plan(BigDecimal amount, List<FundingSource> order, List<Source> usableLots, BigDecimal cash,
            boolean cashOrCardOnly) {
        BigDecimal remaining = amount;
        List<Share> shares = new ArrayList<>();
        for (FundingSource source : order) {
            if (remaining.signum() == 0) {
                break;
            }
            switch (source) {
                case CASH -> remaining = take(shares, source, null, cash.max(BigDecimal.ZERO), remaining);
                case ARREARS -> remaining = take(shares, source, null, remaining, remaining);
                default -> {
                    LotKind kind = LotKind.of(source);
                    if (cashOrCardOnly && kind.isVoucher()) {
                        continue;
                    }
                    List<Source> lots = usableLots.stream().filter(lot -> lot.kind() == kind)
                            .sorted(Comparator.comparing(Source::expiresAt).thenComparing(Source::lotId)).toList();
                    for (Source lot : lots) {
                        remaining = take(shares, source, lot.lotId(), lot.balance(), remaining);
                    }
                }
            }
        }
        return remaining.signum() == 0 ? Optional.of(shares) : Optional.empty();
    }

    /**
     * For usage settled through a cloud account: only vouchers and stored-value cards, in the
     * tenant's order, pay what they can; the rest is the cloud account's, so the plan always succeeds.
     */
    static List<Share> lotsFirst(BigDecimal amount, List<FundingSource> order, List<Source> usableLots, boolean cashOrCardOnly) {
        List<FundingSource> lotsOnly = new ArrayList<>(order.stream()
                .filter(source -> source != FundingSource.CASH && source != FundingSource.ARREARS).toList());
        lotsOnly.add(FundingSource.ARREARS);
        return plan(amount, lotsOnly, usableLots, BigDecimal.ZERO, cashOrCardOnly).orElseThrow().stream()
                .filter(share -> share.lotId() != null).toList();
    }

    private static BigDecimal take(List<Share> shares, FundingSource source, Long lotId, BigDecimal available, BigDecimal remaining) {
        BigDecimal take = available.min(remaining);
        if (take.signum() > 0) {
            shares.add(new Share(source, lotId, take));
        }
        return remaining.subtract(take);
    }
}
