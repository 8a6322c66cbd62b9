package org.billingcenter.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

import org.billingcenter.tenant.TenantDefinition.FundingSource;
import org.billingcenter.wallet.DeductionPlan.Share;
import org.billingcenter.wallet.DeductionPlan.Source;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The deduction decision, checked against a reference written from the rules alone: the tenant's
 * order, soonest-expiring lot first within a kind, vouchers skipped for cash-or-card-only items,
 * cash only above zero, arrears take the rest, nothing when there are no arrears and the funds do
 * not cover. Pure: no Spring, no database. Each property runs over {@value #TRIES} random
 * scenarios from one seed, printed at the start and in every failure; rerun a failure with
 * {@code -Ddeduction.seed=<seed>}.
 */
class DeductionPlanProperties {

    private static final Instant BASE = Instant.parse("2026-11-15T04:00:00Z");
    private static final int TRIES = 2000;
    private static final long SEED = Long.getLong("deduction.seed", System.nanoTime());

    @BeforeAll
    static void announceSeed() {
        System.out.println("DeductionPlanProperties seed: " + SEED + " (rerun with -Ddeduction.seed=" + SEED + ")");
    }

    /** Runs a property over every scenario of the seed, naming the seed and scenario when it fails. */
    private static void forAll(Consumer<Scenario> property) {
        Random random = new Random(SEED);
        for (int i = 0; i < TRIES; i++) {
            Scenario scenario = scenario(random);
            try {
                property.accept(scenario);
            } catch (AssertionError failure) {
                throw new AssertionError("seed " + SEED + ", scenario " + i + ": " + scenario + "\n" + failure.getMessage(), failure);
            }
        }
    }

    /** One generated situation: what is charged, in which order, from what. */
    record Scenario(BigDecimal amount, List<FundingSource> order, List<Source> lots, BigDecimal cash, boolean cashOrCardOnly) {

        Optional<List<Share>> plan() {
            return DeductionPlan.plan(amount, order, lots, cash, cashOrCardOnly);
        }
    }

    @Test
    void agreesWithTheReference() {
        forAll(DeductionPlanProperties::agreesWithTheReference);
    }

    private static void agreesWithTheReference(Scenario s) {
        Optional<List<Share>> actual = s.plan();
        Optional<List<Share>> expected = Reference.plan(s);
        assertThat(actual.isPresent()).as("covered? %s", s).isEqualTo(expected.isPresent());
        actual.ifPresent(shares -> {
            assertThat(shares).hasSameSizeAs(expected.get());
            for (int i = 0; i < shares.size(); i++) {
                Share a = shares.get(i);
                Share e = expected.get().get(i);
                assertThat(a.source()).as("share %d of %s", i, s).isEqualTo(e.source());
                assertThat(a.lotId()).as("share %d of %s", i, s).isEqualTo(e.lotId());
                assertThat(a.amount()).as("share %d of %s", i, s).isEqualByComparingTo(e.amount());
            }
        });
    }

    @Test
    void sharesArePositiveSumToTheAmountAndNeverExceedTheirSource() {
        forAll(DeductionPlanProperties::sharesArePositiveSumToTheAmountAndNeverExceedTheirSource);
    }

    private static void sharesArePositiveSumToTheAmountAndNeverExceedTheirSource(Scenario s) {
        s.plan().ifPresent(shares -> {
            assertThat(shares.stream().map(Share::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .as("sum of %s", shares).isEqualByComparingTo(s.amount());
            Map<Long, BigDecimal> balances = new HashMap<>();
            s.lots().forEach(lot -> balances.put(lot.lotId(), lot.balance()));
            Set<Long> lotsUsed = new HashSet<>();
            for (Share share : shares) {
                assertThat(share.amount().signum()).as("positive: %s", share).isPositive();
                assertThat(s.order()).as("only sources in the tenant's order").contains(share.source());
                if (share.lotId() != null) {
                    assertThat(lotsUsed.add(share.lotId())).as("lot %s used once", share.lotId()).isTrue();
                    assertThat(share.amount()).as("lot %s", share.lotId()).isLessThanOrEqualTo(balances.get(share.lotId()));
                    Source lot = s.lots().stream().filter(l -> l.lotId() == share.lotId()).findFirst().orElseThrow();
                    assertThat(lot.kind().source()).isEqualTo(share.source());
                } else if (share.source() == FundingSource.CASH) {
                    assertThat(share.amount()).as("cash gives only what is above zero").isLessThanOrEqualTo(s.cash());
                } else {
                    assertThat(share.source()).isEqualTo(FundingSource.ARREARS);
                    assertThat(share).as("arrears come last").isEqualTo(shares.getLast());
                }
                if (s.cashOrCardOnly()) {
                    assertThat(share.source()).isNotIn(FundingSource.ORDINARY_VOUCHER, FundingSource.FULL_REDUCTION_VOUCHER);
                }
            }
        });
    }

    @Test
    void coveredExactlyWhenArrearsAreAllowedOrTheFundsSuffice() {
        forAll(DeductionPlanProperties::coveredExactlyWhenArrearsAreAllowedOrTheFundsSuffice);
    }

    private static void coveredExactlyWhenArrearsAreAllowedOrTheFundsSuffice(Scenario s) {
        BigDecimal eligible = s.lots().stream()
                .filter(lot -> s.order().contains(lot.kind().source()))
                .filter(lot -> !(s.cashOrCardOnly() && lot.kind() != LotKind.STORED_VALUE_CARD))
                .map(Source::balance).reduce(BigDecimal.ZERO, BigDecimal::add)
                .add(s.order().contains(FundingSource.CASH) ? s.cash().max(BigDecimal.ZERO) : BigDecimal.ZERO);
        boolean expected = s.order().contains(FundingSource.ARREARS) || eligible.compareTo(s.amount()) >= 0;
        assertThat(s.plan()).as("eligible %s for %s", eligible, s).matches(plan -> plan.isPresent() == expected);
    }

    @Test
    void aLaterExpiringLotPaysOnlyWhenEveryEarlierOneOfItsKindIsEmptied() {
        forAll(DeductionPlanProperties::aLaterExpiringLotPaysOnlyWhenEveryEarlierOneOfItsKindIsEmptied);
    }

    private static void aLaterExpiringLotPaysOnlyWhenEveryEarlierOneOfItsKindIsEmptied(Scenario s) {
        s.plan().ifPresent(shares -> {
            Map<Long, BigDecimal> taken = new HashMap<>();
            shares.stream().filter(sh -> sh.lotId() != null).forEach(sh -> taken.put(sh.lotId(), sh.amount()));
            for (Source later : s.lots()) {
                if (!taken.containsKey(later.lotId())) {
                    continue;
                }
                for (Source earlier : s.lots()) {
                    boolean sooner = earlier.expiresAt().isBefore(later.expiresAt())
                            || earlier.expiresAt().equals(later.expiresAt()) && earlier.lotId() < later.lotId();
                    if (earlier.kind() == later.kind() && sooner) {
                        assertThat(taken.getOrDefault(earlier.lotId(), BigDecimal.ZERO))
                                .as("lot %s expires sooner than %s", earlier, later).isEqualByComparingTo(earlier.balance());
                    }
                }
            }
        });
    }

    private static Scenario scenario(Random random) {
        BigDecimal amount = cents(random, 1, 40_000);
        BigDecimal cash = random.nextInt(4) == 0 ? BigDecimal.ZERO.setScale(2) : cents(random, -15_000, 30_000);
        List<Source> lots = new ArrayList<>();
        Set<Long> ids = new HashSet<>();
        int count = random.nextInt(9);
        while (lots.size() < count) {
            long id = 1 + random.nextInt(60);
            if (ids.add(id)) {
                BigDecimal balance = random.nextInt(5) == 0 ? BigDecimal.ZERO.setScale(2) : cents(random, 1, 15_000);
                // Few distinct expiry days, so ties (broken by lot id) are common.
                lots.add(new Source(id, LotKind.values()[random.nextInt(LotKind.values().length)], balance,
                        BASE.plus(Duration.ofDays(random.nextInt(5)))));
            }
        }
        return new Scenario(amount, order(random), List.copyOf(lots), cash, random.nextBoolean());
    }

    private static BigDecimal cents(Random random, int from, int to) {
        return BigDecimal.valueOf(from + random.nextInt(to - from + 1), 2);
    }

    /** Orders a tenant file may declare: each source once, CASH always, ARREARS (if any) last. */
    private static List<FundingSource> order(Random random) {
        List<FundingSource> candidates = new ArrayList<>(List.of(FundingSource.ORDINARY_VOUCHER,
                FundingSource.FULL_REDUCTION_VOUCHER, FundingSource.STORED_VALUE_CARD, FundingSource.CASH));
        java.util.Collections.shuffle(candidates, random);
        List<FundingSource> order = new ArrayList<>(candidates.subList(0, random.nextInt(candidates.size() + 1)));
        if (!order.contains(FundingSource.CASH)) {
            order.add(random.nextInt(order.size() + 1), FundingSource.CASH);
        }
        if (random.nextBoolean()) {
            order.add(FundingSource.ARREARS);
        }
        return List.copyOf(order);
    }

    /**
     * The rules, spelled out without the production code's helpers: lay out every pot that may pay
     * in the order it pays, then pour the amount into them.
     */
    static final class Reference {

        private static final Map<FundingSource, LotKind> KIND = Map.of(
                FundingSource.ORDINARY_VOUCHER, LotKind.ORDINARY_VOUCHER,
                FundingSource.FULL_REDUCTION_VOUCHER, LotKind.FULL_REDUCTION_VOUCHER,
                FundingSource.STORED_VALUE_CARD, LotKind.STORED_VALUE_CARD);
        private static final Set<FundingSource> VOUCHERS = EnumSet.of(FundingSource.ORDINARY_VOUCHER,
                FundingSource.FULL_REDUCTION_VOUCHER);

        /** Something that can pay: a lot, the cash, or (capacity null) the arrears. */
        private record Pot(FundingSource source, Long lotId, BigDecimal capacity) {
        }

        static Optional<List<Share>> plan(Scenario s) {
            List<Pot> pots = new ArrayList<>();
            for (FundingSource source : s.order()) {
                if (source == FundingSource.CASH) {
                    pots.add(new Pot(source, null, s.cash().signum() > 0 ? s.cash() : BigDecimal.ZERO));
                } else if (source == FundingSource.ARREARS) {
                    pots.add(new Pot(source, null, null));
                } else if (!(s.cashOrCardOnly() && VOUCHERS.contains(source))) {
                    s.lots().stream().filter(lot -> lot.kind() == KIND.get(source))
                            .sorted(Comparator.comparing(Source::expiresAt).thenComparingLong(Source::lotId))
                            .forEach(lot -> pots.add(new Pot(source, lot.lotId(), lot.balance())));
                }
            }
            BigDecimal left = s.amount();
            List<Share> shares = new ArrayList<>();
            for (Pot pot : pots) {
                BigDecimal give = pot.capacity() == null ? left : pot.capacity().min(left);
                if (give.signum() > 0) {
                    shares.add(new Share(pot.source(), pot.lotId(), give));
                    left = left.subtract(give);
                }
            }
            return left.signum() == 0 ? Optional.of(shares) : Optional.empty();
        }
    }
}
