package org.billingcenter.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.money.Money;
import org.billingcenter.tenant.TenantDefinition;
import org.billingcenter.tenant.TenantDefinition.FundingSource;
import org.billingcenter.tenant.TenantRegistry;
import org.billingcenter.wallet.ChargeResult.Payment;
import org.billingcenter.wallet.PaymentGateway.PaymentCallback;
import org.billingcenter.wallet.PaymentGateway.PaymentCallback.Outcome;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * A seeded random walk through every wallet command on the real services and MariaDB, checked
 * after every step against a small in-memory model of the account (cash in cents, each lot's
 * balance, expiry and status): credits, online recharges with their callbacks (paid, failed, paid
 * a different amount, left open), remittances confirmed or rejected, activation codes redeemed,
 * vouchers issued, cards bought (with their full-reduction rewards), charges for any item
 * (SMS is cash-or-card-only), replays of earlier charges, time moving on so lots lapse, and the
 * write-off job. The seed is printed and part of every failure message; rerun one with
 * {@code -Dwallet.seed=<seed>} (and {@code -Dwallet.steps=<n>} for a longer walk).
 */
class RandomOperationSequenceTest extends WalletServicesTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final List<String> ITEMS = List.of("LOGS", "TRACES", "HOSTS", "TIME_SERIES", "SMS");
    private static final long[] CARD_FACES = {100_00, 200_00, 500_00, 1_500_00, 5_000_00};

    @Autowired
    TenantRegistry tenants;

    /** The reference: what the account should hold, worked out by hand from the rules. */
    static final class Model {
        static final class LotState {
            final long id;
            final LotKind kind;
            long balance;
            final Instant expiresAt;
            LotStatus status = LotStatus.ACTIVE;

            LotState(long id, LotKind kind, long balance, Instant expiresAt) {
                this.id = id;
                this.kind = kind;
                this.balance = balance;
                this.expiresAt = expiresAt;
            }

            boolean usable(Instant now) {
                return status == LotStatus.ACTIVE && now.isBefore(expiresAt) && balance > 0;
            }

            @Override
            public String toString() {
                return kind + "#" + id + "[" + balance + "c " + status + " until " + expiresAt + "]";
            }
        }

        long cash;
        long moneyIn;
        long promotions;
        long charged;
        long writtenOff;
        int transactions;
        final Map<Long, LotState> lots = new LinkedHashMap<>();

        void addLot(long id, LotKind kind, long cents, Instant expiresAt) {
            assertThat(lots).as("lot id %s is new", id).doesNotContainKey(id);
            lots.put(id, new LotState(id, kind, cents, expiresAt));
            transactions++;
        }

        /** Who pays a charge, by the rules: the tenant's order, soonest expiry first, vouchers not for cash-or-card-only items. */
        List<Payment> charge(long amount, TenantDefinition tenant, boolean cashOrCardOnly, Instant now) {
            long remaining = amount;
            List<Payment> payments = new ArrayList<>();
            long fromCash = 0;
            long arrears = 0;
            for (FundingSource source : tenant.deductionOrder()) {
                if (source == FundingSource.CASH) {
                    fromCash = Math.min(Math.max(cash, 0), remaining);
                    remaining -= fromCash;
                } else if (source == FundingSource.ARREARS) {
                    arrears = remaining;
                    remaining = 0;
                } else {
                    LotKind kind = switch (source) {
                        case ORDINARY_VOUCHER -> LotKind.ORDINARY_VOUCHER;
                        case FULL_REDUCTION_VOUCHER -> LotKind.FULL_REDUCTION_VOUCHER;
                        default -> LotKind.STORED_VALUE_CARD;
                    };
                    if (cashOrCardOnly && kind != LotKind.STORED_VALUE_CARD) {
                        continue;
                    }
                    List<LotState> candidates = lots.values().stream().filter(l -> l.kind == kind && l.usable(now))
                            .sorted(Comparator.comparing((LotState l) -> l.expiresAt).thenComparingLong(l -> l.id)).toList();
                    for (LotState lot : candidates) {
                        long take = Math.min(lot.balance, remaining);
                        if (take > 0) {
                            payments.add(new Payment(source, lot.id, usd(take)));
                            lot.balance -= take;
                            remaining -= take;
                            if (lot.balance == 0) {
                                lot.status = LotStatus.USED_UP;
                            }
                        }
                    }
                }
            }
            if (remaining > 0) {
                throw new IllegalStateException("The tenant's order has no arrears; the model cannot cover " + amount);
            }
            if (fromCash > 0) {
                payments.add(new Payment(FundingSource.CASH, null, usd(fromCash)));
            }
            if (arrears > 0) {
                payments.add(new Payment(FundingSource.ARREARS, null, usd(arrears)));
            }
            cash -= fromCash + arrears;
            charged += amount;
            transactions++;
            return payments;
        }

        void writeOff(Instant now) {
            for (LotState lot : lots.values()) {
                if (lot.status == LotStatus.ACTIVE && !now.isBefore(lot.expiresAt)) {
                    writeOff(lot);
                }
            }
        }

        void writeOff(LotState lot) {
            if (lot.balance > 0) {
                writtenOff += lot.balance;
                transactions++;
            }
            lot.balance = 0;
            lot.status = LotStatus.EXPIRED;
        }

        long usableOf(boolean cardsOnly, Instant now) {
            return lots.values().stream()
                    .filter(l -> (l.kind == LotKind.STORED_VALUE_CARD) == cardsOnly && l.status == LotStatus.ACTIVE && now.isBefore(l.expiresAt))
                    .mapToLong(l -> l.balance).sum();
        }
    }

    private record Code(String code, long faceValue, int validityDays, Instant redeemBy) {
    }

    private record Replayable(Charge charge, ChargeResult result) {
    }

    @Test
    void aRandomWalkThroughEveryCommandMatchesTheModel() {
        long seed = Long.getLong("wallet.seed", new Random().nextLong());
        int steps = Integer.getInteger("wallet.steps", 150);
        System.out.println("RandomOperationSequenceTest seed: " + seed + " (rerun with -Dwallet.seed=" + seed + ")");
        Random random = new Random(seed);
        TenantDefinition tenant = tenants.get(INTL);
        SignedInUser owner = newOwner(INTL);
        SignedInUser operator = newOperator(INTL);
        long account = accountOf(owner).id();
        List<Code> codes = createCodes(operator, random);
        Model model = new Model();
        List<Replayable> earlier = new ArrayList<>();
        List<String> history = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        long began = System.nanoTime();

        for (int step = 1; step <= steps; step++) {
            String where = "seed " + seed + ", step " + step;
            String op;
            int pick = random.nextInt(100);
            if (pick < 12) {
                long cents = random.nextInt(10) == 0 ? cents(random, 1_000_00, 6_000_00) : cents(random, 1_00, 800_00);
                as(operator, () -> wallet.grantCredit(account, usd(cents), "credit", key()));
                model.cash += cents;
                model.moneyIn += cents;
                model.transactions++;
                op = "credit " + cents;
            } else if (pick < 20) {
                op = onlineRecharge(random, owner, model);
            } else if (pick < 27) {
                op = remittance(random, owner, operator, model);
            } else if (pick < 33) {
                op = redeem(codes, owner, model);
            } else if (pick < 37) {
                long cents = cents(random, 1_00, 100_00);
                int days = 1 + random.nextInt(20);
                long lotId = as(operator, () -> vouchers.issue(account, usd(cents), days, "goodwill", key()));
                model.addLot(lotId, LotKind.ORDINARY_VOUCHER, cents, clock.instant().plus(Duration.ofDays(days)));
                model.promotions += cents;
                op = "issue voucher " + cents + " for " + days + " days";
            } else if (pick < 45) {
                op = buyCard(random, tenant, owner, model);
            } else if (pick < 80) {
                long cents = random.nextInt(10) < 7 ? cents(random, 1, 30_00) : cents(random, 1, 400_00);
                String item = ITEMS.get(random.nextInt(ITEMS.size()));
                boolean cashOrCardOnly = tenant.priceList().stream().anyMatch(i -> i.code().equals(item) && i.cashOrCardOnly());
                Charge charge = new Charge(account, usd(cents), item, item, LocalDate.of(2026, 11, 14), key());
                List<Payment> expected = model.charge(cents, tenant, cashOrCardOnly, clock.instant());
                ChargeResult result = as(operator, () -> deduction.charge(charge));
                assertThat(result.payments()).as("who paid %s %s (%s)", item, cents, where).isEqualTo(expected);
                earlier.add(new Replayable(charge, result));
                op = "charge " + item + " " + cents + " -> " + expected;
            } else if (pick < 85 && !earlier.isEmpty()) {
                Replayable again = earlier.get(random.nextInt(earlier.size()));
                assertThat(as(operator, () -> deduction.charge(again.charge()))).as("replay (%s)", where).isEqualTo(again.result());
                Charge changed = new Charge(account, again.charge().amount().plus(usd(1)), again.charge().itemCode(),
                        again.charge().description(), again.charge().usageDay(), again.charge().idempotencyKey());
                assertThatThrownBy(() -> as(operator, () -> deduction.charge(changed))).as("key reused (%s)", where)
                        .isInstanceOf(BusinessRuleException.class).hasMessageContaining("idempotency.keyReused");
                op = "replay charge " + again.result().transactionId();
            } else if (pick < 95) {
                Duration by = random.nextInt(15) == 0 ? Duration.ofDays(100 + random.nextInt(120))
                        : Duration.ofMinutes(1 + random.nextInt(10 * 24 * 60));
                clock.advance(by);
                op = "time +" + by;
            } else {
                as(operator, () -> expiry.writeOffLapsedLots());
                model.writeOff(clock.instant());
                op = "write off lapsed lots";
            }
            history.add(step + ": " + op);
            counts.merge(op.replaceFirst(" .*", ""), 1, Integer::sum);
            compare(owner, operator, account, model, where + ", last steps " + history.subList(Math.max(0, history.size() - 6), history.size()));
        }
        System.out.println("RandomOperationSequenceTest: " + steps + " steps in " + (System.nanoTime() - began) / 1_000_000 + " ms: " + counts);
        assertThat(model.cash + model.lots.values().stream().mapToLong(l -> l.balance).sum())
                .as("conservation (seed %s)", seed)
                .isEqualTo(model.moneyIn + model.promotions - model.charged - model.writtenOff);
    }

    private void compare(SignedInUser owner, SignedInUser operator, long account, Model model, String where) {
        Instant now = clock.instant();
        WalletOverview overview = as(owner, () -> wallet.overview());
        assertThat(overview.cash()).as("cash (%s)", where).isEqualTo(usd(model.cash));
        assertThat(overview.vouchers()).as("vouchers (%s)", where).isEqualTo(usd(model.usableOf(false, now)));
        assertThat(overview.cards()).as("cards (%s)", where).isEqualTo(usd(model.usableOf(true, now)));
        Map<Long, Lot> actual = new LinkedHashMap<>();
        as(owner, () -> wallet.lots(false, null, PageRequest.of(0, 1000))).forEach(lot -> actual.put(lot.id(), lot));
        as(owner, () -> wallet.lots(true, null, PageRequest.of(0, 1000))).forEach(lot -> actual.put(lot.id(), lot));
        assertThat(actual.keySet()).as("lots (%s)", where).containsExactlyInAnyOrderElementsOf(model.lots.keySet());
        // The hourly LotExpiryJob (wall-clock cron, but the test's clock) may write off a lapsed lot at any
        // moment; that is allowed, so the model follows it — but only for lots that really had lapsed.
        for (Model.LotState expected : model.lots.values()) {
            if (expected.status == LotStatus.ACTIVE && !now.isBefore(expected.expiresAt)
                    && actual.get(expected.id).status() == LotStatus.EXPIRED) {
                model.writeOff(expected);
            }
        }
        for (Model.LotState expected : model.lots.values()) {
            Lot lot = actual.get(expected.id);
            assertThat(lot.kind()).as("kind of %s (%s)", expected, where).isEqualTo(expected.kind);
            assertThat(lot.balance()).as("balance of %s (%s)", expected, where).isEqualTo(usd(expected.balance));
            assertThat(lot.status()).as("status of %s (%s)", expected, where).isEqualTo(expected.status);
            assertThat(lot.expiresAt()).as("expiry of %s (%s)", expected, where).isEqualTo(expected.expiresAt);
        }
        LedgerCheck check = as(operator, () -> ledgerCheck.check(account));
        assertThat(check.problems()).as("ledger check (%s)", where).isEmpty();
        assertThat(check.transactionsChecked()).as("journal transactions (%s)", where).isEqualTo(model.transactions);
    }

    private String onlineRecharge(Random random, SignedInUser owner, Model model) {
        long cents = cents(random, 1_00, 800_00);
        Money amount = usd(cents);
        RechargeService.RechargeStarted started = as(owner, () -> recharges.startOnlineRecharge(amount.amount(), key()));
        String reference = started.checkoutUrl().substring(SimulatedPaymentGateway.CHECKOUT_PATH.length());
        int fate = random.nextInt(10);
        if (fate < 6) {
            deliver(reference, Outcome.SUCCEEDED, amount);
            deliver(reference, Outcome.PENDING, amount);
            deliver(reference, Outcome.SUCCEEDED, amount);
            deliver(reference, Outcome.FAILED, amount);
            model.cash += cents;
            model.moneyIn += cents;
            model.transactions++;
            return "online recharge " + cents + " paid";
        } else if (fate < 8) {
            deliver(reference, Outcome.PENDING, amount);
            deliver(reference, Outcome.FAILED, amount);
            deliver(reference, Outcome.SUCCEEDED, amount);
            return "online recharge " + cents + " failed, then a late success";
        } else if (fate < 9) {
            deliver(reference, Outcome.SUCCEEDED, amount.plus(usd(1)));
            deliver(reference, Outcome.SUCCEEDED, amount);
            return "online recharge " + cents + " paid a different amount";
        }
        deliver(reference, Outcome.PENDING, amount);
        return "online recharge " + cents + " left open";
    }

    private void deliver(String reference, Outcome outcome, Money amount) {
        gateway.deliver(gateway.signed(new PaymentCallback(INTL, reference, outcome, amount, UUID.randomUUID().toString(), null)));
    }

    private String remittance(Random random, SignedInUser owner, SignedInUser operator, Model model) {
        long cents = cents(random, 1_00, 800_00);
        long orderId = as(owner, () -> recharges.recordRemittance(usd(cents).amount(), "Payer", "BANK-" + UUID.randomUUID(), key()));
        int fate = random.nextInt(10);
        if (fate < 7) {
            as(operator, () -> recharges.confirmRemittance(orderId, "arrived"));
            assertThatThrownBy(() -> as(operator, () -> recharges.rejectRemittance(orderId, "second thoughts")))
                    .isInstanceOf(BusinessRuleException.class).hasMessageContaining("recharge.alreadyDecided");
            model.cash += cents;
            model.moneyIn += cents;
            model.transactions++;
            return "remittance " + cents + " confirmed";
        } else if (fate < 9) {
            as(operator, () -> recharges.rejectRemittance(orderId, "not on the statement"));
            assertThatThrownBy(() -> as(operator, () -> recharges.confirmRemittance(orderId, "late")))
                    .isInstanceOf(BusinessRuleException.class).hasMessageContaining("recharge.alreadyDecided");
            return "remittance " + cents + " rejected";
        }
        return "remittance " + cents + " awaiting decision";
    }

    private String redeem(List<Code> codes, SignedInUser owner, Model model) {
        if (codes.isEmpty()) {
            return "redeem (no codes left)";
        }
        Code code = codes.removeLast();
        Instant now = clock.instant();
        if (!now.isBefore(code.redeemBy())) {
            assertThatThrownBy(() -> as(owner, () -> vouchers.redeem(code.code(), key())))
                    .isInstanceOf(BusinessRuleException.class).hasMessageContaining("voucher.codeExpired");
            return "redeem " + code.faceValue() + " refused: past its redeem-by date";
        }
        long lotId = as(owner, () -> vouchers.redeem(code.code(), key()).id());
        model.addLot(lotId, LotKind.ORDINARY_VOUCHER, code.faceValue(), now.plus(Duration.ofDays(code.validityDays())));
        model.promotions += code.faceValue();
        assertThatThrownBy(() -> as(owner, () -> vouchers.redeem(code.code(), key())))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("voucher.codeUsed");
        return "redeem " + code.faceValue() + " for " + code.validityDays() + " days";
    }

    private String buyCard(Random random, TenantDefinition tenant, SignedInUser owner, Model model) {
        long face = CARD_FACES[random.nextInt(CARD_FACES.length)];
        if (model.cash < face) {
            assertThatThrownBy(() -> as(owner, () -> cards.buy(usd(face), key())))
                    .isInstanceOf(BusinessRuleException.class).hasMessageContaining("card.insufficientCash");
            return "buy card " + face + " refused: cash " + model.cash;
        }
        Instant now = clock.instant();
        StoredValueCardService.CardPurchase bought = as(owner, () -> cards.buy(usd(face), key()));
        Instant expires = ZonedDateTime.ofInstant(now, tenant.timeZone()).plusMonths(tenant.storedValueCards().validityMonths()).toInstant();
        model.cash -= face;
        model.addLot(bought.cardLotId(), LotKind.STORED_VALUE_CARD, face, expires);
        long reward = tenant.fullReductionVouchers().stream()
                .filter(rule -> BigDecimal.valueOf(face, 2).compareTo(rule.purchase()) >= 0)
                .max(Comparator.comparing(TenantDefinition.FullReductionRule::purchase))
                .map(rule -> rule.grant().movePointRight(2).longValueExact()).orElse(0L);
        if (reward > 0) {
            assertThat(bought.rewardVoucherLotId()).as("reward for a card of %s", face).isNotNull();
            model.addLot(bought.rewardVoucherLotId(), LotKind.FULL_REDUCTION_VOUCHER, reward, expires);
            model.promotions += reward;
        } else {
            assertThat(bought.rewardVoucherLotId()).isNull();
        }
        return "buy card " + face + (reward > 0 ? " with reward " + reward : "");
    }

    private List<Code> createCodes(SignedInUser operator, Random random) {
        Instant redeemBy = START.plus(Duration.ofDays(200));
        List<Code> codes = new ArrayList<>();
        for (long[] batch : new long[][] {{5_00, 3}, {12_50, 1}, {20_00, 10}, {50_00, 30}}) {
            as(operator, () -> vouchers.createCodes(12, usd(batch[0]), (int) batch[1], redeemBy))
                    .forEach(issued -> codes.add(new Code(issued.code(), batch[0], (int) batch[1], redeemBy)));
        }
        Collections.shuffle(codes, random);
        return codes;
    }

    private static long cents(Random random, long from, long to) {
        return from + (long) (random.nextDouble() * (to - from + 1));
    }

    static Money usd(long cents) {
        return Money.of(BigDecimal.valueOf(cents, 2), USD);
    }
}
