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
import java.util.Set;

import org.billingcenter.tenant.TenantDefinition.FundingSource;
import org.billingcenter.wallet.DeductionPlan.Share;
import org.billingcenter.wallet.DeductionPlan.Source;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The deduction decision, checked against a reference written from the rules alone: the tenant's
 * order, soonest-expiring lot first within a kind, vouchers skipped for cash-or-card-only items,
 * cash only above zero, arrears take the rest, nothing when there are no arrears and the funds do
 * not cover. Pure: no Spring, no database. jqwik generates the scenarios and shrinks a failure to
 * the smallest one; it prints the seed to rerun it with.
 */
class DeductionPlanProperties {

    private static final Instant BASE = Instant.parse("2026-11-15T04:00:00Z");

    /** One generated situation: what is charged, in which order, from what. */
    record Scenario(BigDecimal amount, List<FundingSource> order, List<Source> lots, BigDecimal cash, boolean cashOrCardOnly) {

        Optional<List<Share>> plan() {
            return DeductionPlan.plan(amount, order, lots, cash, cashOrCardOnly);
        }
    }

    @Property(tries = 2000)
    void agreesWithTheReference(@ForAll("scenarios") Scenario s) {
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

    @Property(tries = 2000)
    void sharesArePositiveSumToTheAmountAndNeverExceedTheirSource(@ForAll("scenarios") Scenario s) {
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

    @Property(tries = 2000)
    void coveredExactlyWhenArrearsAreAllowedOrTheFundsSuffice(@ForAll("scenarios") Scenario s) {
        BigDecimal eligible = s.lots().stream()
                .filter(lot -> s.order().contains(lot.kind().source()))
                .filter(lot -> !(s.cashOrCardOnly() && lot.kind() != LotKind.STORED_VALUE_CARD))
                .map(Source::balance).reduce(BigDecimal.ZERO, BigDecimal::add)
                .add(s.order().contains(FundingSource.CASH) ? s.cash().max(BigDecimal.ZERO) : BigDecimal.ZERO);
        boolean expected = s.order().contains(FundingSource.ARREARS) || eligible.compareTo(s.amount()) >= 0;
        assertThat(s.plan()).as("eligible %s for %s", eligible, s).matches(plan -> plan.isPresent() == expected);
    }

    @Property(tries = 2000)
    void aLaterExpiringLotPaysOnlyWhenEveryEarlierOneOfItsKindIsEmptied(@ForAll("scenarios") Scenario s) {
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

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<BigDecimal> cash = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(BigDecimal.ZERO.setScale(2))),
                Tuple.of(3, cents(-15_000, 30_000)));
        return Combinators.combine(cents(1, 40_000), orders(), lots(), cash, Arbitraries.of(true, false))
                .as(Scenario::new);
    }

    private static Arbitrary<List<Source>> lots() {
        Arbitrary<BigDecimal> balance = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(BigDecimal.ZERO.setScale(2))),
                Tuple.of(4, cents(1, 15_000)));
        // Few distinct expiry days, so ties (broken by lot id) are common.
        Arbitrary<Source> lot = Combinators.combine(Arbitraries.longs().between(1, 60), Arbitraries.of(LotKind.class),
                balance, Arbitraries.integers().between(0, 4))
                .as((id, kind, amount, day) -> new Source(id, kind, amount, BASE.plus(Duration.ofDays(day))));
        return lot.list().ofMaxSize(8).uniqueElements(Source::lotId);
    }

    private static Arbitrary<BigDecimal> cents(int from, int to) {
        return Arbitraries.integers().between(from, to).map(c -> BigDecimal.valueOf(c, 2));
    }

    /** Orders a tenant file may declare: each source once, CASH always, ARREARS (if any) last. */
    private static Arbitrary<List<FundingSource>> orders() {
        Arbitrary<List<FundingSource>> others = Arbitraries.of(FundingSource.ORDINARY_VOUCHER,
                FundingSource.FULL_REDUCTION_VOUCHER, FundingSource.STORED_VALUE_CARD).list().uniqueElements().ofMaxSize(3);
        return Combinators.combine(others, Arbitraries.integers().between(0, 3), Arbitraries.of(true, false))
                .as((sources, cashAt, arrears) -> {
                    List<FundingSource> order = new ArrayList<>(sources);
                    order.add(Math.min(cashAt, order.size()), FundingSource.CASH);
                    if (arrears) {
                        order.add(FundingSource.ARREARS);
                    }
                    return List.copyOf(order);
                });
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
