package org.billingcenter.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.money.Money;
import org.billingcenter.shared.tenancy.TenantContext;
import org.billingcenter.wallet.PaymentGateway.PaymentCallback;
import org.billingcenter.wallet.PaymentGateway.PaymentCallback.Outcome;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;

/**
 * 32 threads run a random mix of every money command on ONE account at once, on MariaDB: credits,
 * online recharges with their (repeated, out-of-order) callbacks, remittances an operator confirms
 * or rejects, voucher codes redeemed, stored-value cards bought, and charges split across lots.
 * Afterwards the books must agree with themselves and with what the threads did: nothing lost,
 * nothing counted twice, no lot below zero, one journal transaction per successful command.
 * Seeded: {@code -Dwallet.seed=...} reruns a mix (thread interleaving still varies).
 */
class WalletConcurrencyTest extends WalletServicesTest {

    private static final int THREADS = 32;
    private static final int COMMANDS_PER_THREAD = 6;
    private static final LocalDate DAY = LocalDate.of(2026, 11, 14);
    private static final List<String> ITEMS = List.of("LOGS", "TRACES", "HOSTS", "TIME_SERIES", "SMS");


    /** What the threads did, in cents, and which commands succeeded. */
    static final class Tally {
        final LongAdder moneyIn = new LongAdder();
        final LongAdder promotions = new LongAdder();
        final LongAdder charged = new LongAdder();
        final LongAdder transactions = new LongAdder();
        final LongAdder lotsCreated = new LongAdder();
        final Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
        final ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();

        void count(String outcome) {
            outcomes.computeIfAbsent(outcome, k -> new AtomicInteger()).incrementAndGet();
        }
    }

    @Test
    void thirtyTwoThreadsOfMixedCommandsOnOneAccountLoseNothing() throws Exception {
        long seed = Long.getLong("wallet.seed", new Random().nextLong());
        System.out.println("WalletConcurrencyTest seed: " + seed + " (rerun with -Dwallet.seed=" + seed + ")");
        SignedInUser owner = newOwner(INTL);
        long account = accountOf(owner).id();
        SignedInUser operator = newOperator(INTL);
        List<String> codes = as(operator, () -> vouchers.createCodes(THREADS * COMMANDS_PER_THREAD, Money.of("5", "USD"), 30,
                START.plus(Duration.ofDays(60)))).stream().map(VoucherService.IssuedCode::code).toList();
        Tally tally = new Tally();
        as(operator, () -> wallet.grantCredit(account, usd(30_000), "opening balance", key()));
        tally.moneyIn.add(30_000);
        tally.transactions.increment();

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Void>> work = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Random random = new Random(seed + t);
            int thread = t;
            work.add(() -> {
                start.await();
                for (int i = 0; i < COMMANDS_PER_THREAD; i++) {
                    String code = codes.get(thread * COMMANDS_PER_THREAD + i);
                    try {
                        runOne(random, owner, operator, account, code, tally);
                    } catch (RuntimeException e) {
                        tally.unexpected.add(e.toString());
                    }
                }
                return null;
            });
        }
        long began = System.nanoTime();
        List<Future<Void>> futures = new ArrayList<>();
        for (Callable<Void> job : work) {
            futures.add(pool.submit(job));
        }
        start.countDown();
        for (Future<Void> done : futures) {
            done.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();
        long millis = (System.nanoTime() - began) / 1_000_000;
        System.out.println("WalletConcurrencyTest: " + THREADS * COMMANDS_PER_THREAD + " commands in " + millis + " ms; outcomes "
                + tally.outcomes);

        String context = "seed " + seed + ", outcomes " + tally.outcomes;
        assertThat(tally.unexpected).as("commands that failed unexpectedly (%s)", context).isEmpty();

        LedgerCheck check = as(operator, () -> ledgerCheck.check(account));
        assertThat(check.problems()).as("ledger check (%s)", context).isEmpty();
        assertThat(check.transactionsChecked()).as("one journal transaction per successful command (%s)", context)
                .isEqualTo(tally.transactions.intValue());
        assertThat(check.lotsChecked()).as("lots (%s)", context).isEqualTo(tally.lotsCreated.intValue());

        WalletOverview overview = as(owner, () -> wallet.overview());
        Money held = overview.cash().plus(overview.vouchers()).plus(overview.cards());
        Money expected = usd(tally.moneyIn.sum() + tally.promotions.sum() - tally.charged.sum());
        assertThat(held).as("cash + vouchers + cards = money in + promotions - charges (%s)", context).isEqualTo(expected);

        TenantContext.runAs(INTL, () -> {
            BigDecimal in = journal.sumOf(account, LedgerAccount.ADJUSTMENTS).add(journal.sumOf(account, LedgerAccount.PAYMENT_CLEARING));
            assertThat(in.negate()).as("money in on the books (%s)", context).isEqualByComparingTo(usd(tally.moneyIn.sum()).amount());
            assertThat(journal.sumOf(account, LedgerAccount.PROMOTIONS).negate()).as("promotions on the books (%s)", context)
                    .isEqualByComparingTo(usd(tally.promotions.sum()).amount());
            assertThat(journal.sumOf(account, LedgerAccount.REVENUE)).as("revenue on the books (%s)", context)
                    .isEqualByComparingTo(usd(tally.charged.sum()).amount());
            assertThat(journal.sumOf(account, LedgerAccount.EXPIRED_FUNDS).signum()).isZero();
            assertThat(journal.countMovements(account, LocalDate.of(1970, 1, 1), LocalDate.of(9999, 12, 31),
                    EnumSet.of(MovementKind.CHARGE))).isEqualTo((long) tally.outcomes.getOrDefault("charge", new AtomicInteger()).get());
        });
        List<Lot> all = new ArrayList<>(as(owner, () -> wallet.lots(false, null, PageRequest.of(0, 1000))).getContent());
        all.addAll(as(owner, () -> wallet.lots(true, null, PageRequest.of(0, 1000))).getContent());
        assertThat(all).hasSize(tally.lotsCreated.intValue())
                .allSatisfy(lot -> assertThat(lot.balance().isNegative()).as("lot %s below zero", lot.id()).isFalse());
    }

    private void runOne(Random random, SignedInUser owner, SignedInUser operator, long account, String code, Tally tally) {
        int pick = random.nextInt(12);
        if (pick < 2) {
            long cents = cents(random, 1_000, 20_000);
            as(operator, () -> wallet.grantCredit(account, usd(cents), "credit", key()));
            tally.moneyIn.add(cents);
            tally.transactions.increment();
            tally.count("credit");
        } else if (pick < 3) {
            onlineRecharge(random, owner, tally);
        } else if (pick < 4) {
            long cents = cents(random, 1_000, 20_000);
            long orderId = as(owner, () -> recharges.recordRemittance(usd(cents).amount(), "Payer", "BANK-" + UUID.randomUUID(), key()));
            if (random.nextInt(4) > 0) {
                as(operator, () -> recharges.confirmRemittance(orderId, "arrived"));
                tally.moneyIn.add(cents);
                tally.transactions.increment();
                tally.count("remittanceConfirmed");
            } else {
                as(operator, () -> recharges.rejectRemittance(orderId, "not on the statement"));
                tally.count("remittanceRejected");
            }
        } else if (pick < 5) {
            as(owner, () -> vouchers.redeem(code, key()));
            tally.promotions.add(500);
            tally.transactions.increment();
            tally.lotsCreated.increment();
            tally.count("redeem");
        } else if (pick < 6) {
            try {
                StoredValueCardService.CardPurchase bought = as(owner, () -> cards.buy(usd(10_000), key()));
                tally.transactions.increment();
                tally.lotsCreated.increment();
                if (bought.rewardVoucherLotId() != null) {
                    tally.transactions.increment();
                    tally.lotsCreated.increment();
                    tally.promotions.add(TenantContext.callAs(INTL, () -> lots.findById(bought.rewardVoucherLotId()).orElseThrow())
                            .faceValue().amount().movePointRight(2).longValueExact());
                }
                tally.count("cardBought");
            } catch (BusinessRuleException e) {
                if (!e.messageKey().equals("card.insufficientCash")) {
                    throw e;
                }
                tally.count("cardRefusedInsufficientCash");
            }
        } else {
            long cents = cents(random, 1, 3_000);
            String item = ITEMS.get(random.nextInt(ITEMS.size()));
            ChargeResult result = as(operator, () -> deduction.charge(new Charge(account, usd(cents), item, item, DAY, key())));
            assertThat(result.total()).isEqualTo(usd(cents));
            tally.charged.add(cents);
            tally.transactions.increment();
            tally.count("charge");
        }
    }

    /** Starts an online payment and delivers the provider's callbacks as a real one does: outcome, stale pending, outcome again. */
    private void onlineRecharge(Random random, SignedInUser owner, Tally tally) {
        long cents = cents(random, 1_000, 20_000);
        Money amount = usd(cents);
        RechargeService.RechargeStarted started = as(owner, () -> recharges.startOnlineRecharge(amount.amount(), key()));
        String reference = started.checkoutUrl().substring(SimulatedPaymentGateway.CHECKOUT_PATH.length());
        for (Outcome outcome : List.of(Outcome.SUCCEEDED, Outcome.PENDING, Outcome.SUCCEEDED)) {
            gateway.deliver(gateway.signed(new PaymentCallback(INTL, reference, outcome, amount, UUID.randomUUID().toString(), null)));
        }
        RechargeStatus status = TenantContext.callAs(INTL, () -> orders.findById(started.orderId()).orElseThrow().getStatus());
        if (status != RechargeStatus.SUCCEEDED) {
            throw new IllegalStateException("Online recharge " + started.orderId() + " is " + status + " after its callbacks");
        }
        tally.moneyIn.add(cents);
        tally.transactions.increment();
        tally.count("onlineRecharge");
    }

    private static long cents(Random random, int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    private static Money usd(long cents) {
        return Money.of(BigDecimal.valueOf(cents, 2), java.util.Currency.getInstance("USD"));
    }
}
