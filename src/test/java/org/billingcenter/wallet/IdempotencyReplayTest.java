package org.billingcenter.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.function.Supplier;

import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.money.Money;
import org.billingcenter.shared.tenancy.TenantContext;
import org.billingcenter.support.TestDatabase;
import org.billingcenter.wallet.PaymentGateway.PaymentCallback;
import org.billingcenter.wallet.PaymentGateway.PaymentCallback.Outcome;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;

/**
 * Replay storms on MariaDB: many threads send the same command with the same idempotency key at
 * the same moment (a double-clicked button, a retrying client, a billing run started twice). Each
 * command must happen exactly once and every caller must get the first outcome; the same key with
 * other parameters is refused. A storm of duplicate and stale payment callbacks credits once.
 */
class IdempotencyReplayTest extends WalletServicesTest {

    private static final int STORM = 32;
    private static final LocalDate DAY = LocalDate.of(2026, 11, 14);


    /** What one caller of a storm got back: a result or a failure. */
    record Answer<T>(T result, RuntimeException failure) {
    }

    @Test
    void aChargeStormWithOneKeyChargesOnceAndAnswersEveryoneAlike() throws Exception {
        SignedInUser owner = newOwner(INTL);
        SignedInUser operator = newOperator(INTL);
        long account = accountOf(owner).id();
        as(operator, () -> wallet.grantCredit(account, Money.of("100", "USD"), "funds", key()));
        as(operator, () -> vouchers.issue(account, Money.of("10", "USD"), 30, "goodwill", key()));
        String key = key();
        Charge charge = new Charge(account, Money.of("25.00", "USD"), "LOGS", "Logs", DAY, key);

        List<ChargeResult> results = succeeded(storm(i -> () -> as(operator, () -> deduction.charge(charge))));

        assertThat(Set.copyOf(results)).as("every caller gets the first outcome").hasSize(1);
        assertThat(results.getFirst().total()).isEqualTo(Money.of("25", "USD"));
        assertThat(kinds(account, MovementKind.CHARGE)).isEqualTo(1);
        WalletOverview overview = as(owner, () -> wallet.overview());
        assertThat(overview.cash()).isEqualTo(Money.of("85", "USD"));
        assertThat(overview.vouchers().isZero()).isTrue();
        assertConsistent(operator, account);

        assertThatThrownBy(() -> as(operator, () -> deduction.charge(new Charge(account, Money.of("25.01", "USD"), "LOGS", "Logs", DAY, key))))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("idempotency.keyReused");
        assertThatThrownBy(() -> as(operator, () -> deduction.charge(new Charge(account, Money.of("25.00", "USD"), "TRACES", "Logs", DAY, key))))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("idempotency.keyReused");
        assertThat(kinds(account, MovementKind.CHARGE)).isEqualTo(1);
    }

    @Test
    void aRedeemStormWithOneKeyCreatesOneVoucher() throws Exception {
        SignedInUser owner = newOwner(INTL);
        SignedInUser operator = newOperator(INTL);
        long account = accountOf(owner).id();
        List<String> codes = codes(operator, 2);
        String key = key();

        List<Long> lotIds = succeeded(storm(i -> () -> as(owner, () -> vouchers.redeem(codes.get(0), key).id())));

        assertThat(Set.copyOf(lotIds)).hasSize(1);
        assertThat(kinds(account, MovementKind.VOUCHER_ISSUED)).isEqualTo(1);
        assertThat(as(owner, () -> wallet.overview()).vouchers()).isEqualTo(Money.of("7", "USD"));
        assertThat(as(owner, () -> wallet.lots(false, null, PageRequest.of(0, 100))).getTotalElements()).isEqualTo(1);
        assertThatThrownBy(() -> as(owner, () -> vouchers.redeem(codes.get(1), key)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("idempotency.keyReused");
        assertConsistent(operator, account);
    }

    @Test
    void aRedeemStormWithFreshKeysStillRedeemsTheCodeOnce() throws Exception {
        SignedInUser owner = newOwner(INTL);
        SignedInUser operator = newOperator(INTL);
        long account = accountOf(owner).id();
        String code = codes(operator, 1).getFirst();

        List<Answer<Long>> outcomes = storm(i -> () -> as(owner, () -> vouchers.redeem(code, key()).id()));

        assertThat(outcomes.stream().filter(o -> o.failure() == null)).hasSize(1);
        assertThat(outcomes.stream().filter(o -> o.failure() != null))
                .allSatisfy(o -> assertThat(o.failure()).isInstanceOf(BusinessRuleException.class).hasMessageContaining("voucher.codeUsed"));
        assertThat(as(owner, () -> wallet.overview()).vouchers()).isEqualTo(Money.of("7", "USD"));
        assertConsistent(operator, account);
    }

    @Test
    void aRechargeStartStormWithOneKeyOpensOneOrder() throws Exception {
        SignedInUser owner = newOwner(INTL);
        long account = accountOf(owner).id();
        String key = key();

        List<RechargeService.RechargeStarted> started = succeeded(storm(i -> () -> as(owner,
                () -> recharges.startOnlineRecharge(new java.math.BigDecimal("50.00"), key))));

        assertThat(Set.copyOf(started)).as("same order, same checkout address").hasSize(1);
        assertThat(as(owner, () -> recharges.myRecharges(PageRequest.of(0, 100))).getTotalElements()).isEqualTo(1);
        assertThatThrownBy(() -> as(owner, () -> recharges.startOnlineRecharge(new java.math.BigDecimal("51.00"), key)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("idempotency.keyReused");
        assertThat(TenantContext.callAs(INTL, () -> orders.findByAccountIdOrderByCreatedAtDesc(account, PageRequest.of(0, 100))
                .getTotalElements())).isEqualTo(1);
    }

    @Test
    void aCardPurchaseStormWithOneKeyBuysOneCard() throws Exception {
        SignedInUser owner = newOwner(INTL);
        SignedInUser operator = newOperator(INTL);
        long account = accountOf(owner).id();
        as(operator, () -> wallet.grantCredit(account, Money.of("500", "USD"), "funds", key()));
        String key = key();

        List<StoredValueCardService.CardPurchase> bought = succeeded(storm(i -> () -> as(owner, () -> cards.buy(Money.of("100", "USD"), key))));

        assertThat(Set.copyOf(bought)).hasSize(1);
        WalletOverview overview = as(owner, () -> wallet.overview());
        assertThat(overview.cash()).isEqualTo(Money.of("400", "USD"));
        assertThat(overview.cards()).isEqualTo(Money.of("100", "USD"));
        assertThat(kinds(account, MovementKind.CARD_PURCHASE)).isEqualTo(1);
        assertThatThrownBy(() -> as(owner, () -> cards.buy(Money.of("200", "USD"), key)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("idempotency.keyReused");
        assertConsistent(operator, account);
    }

    @Test
    void aStormOfDuplicateAndStaleCallbacksCreditsOnce() throws Exception {
        SignedInUser owner = newOwner(INTL);
        SignedInUser operator = newOperator(INTL);
        long account = accountOf(owner).id();
        Money amount = Money.of("80", "USD");
        RechargeService.RechargeStarted started = as(owner, () -> recharges.startOnlineRecharge(amount.amount(), key()));
        String reference = started.checkoutUrl().substring(SimulatedPaymentGateway.CHECKOUT_PATH.length());

        // Two of every three deliveries are the outcome, every third a stale "pending"; all at once.
        storm(i -> () -> {
            gateway.deliver(callback(reference, i % 3 == 2 ? Outcome.PENDING : Outcome.SUCCEEDED, amount));
            return null;
        });
        gateway.deliver(callback(reference, Outcome.FAILED, amount));

        assertThat(TenantContext.callAs(INTL, () -> orders.findById(started.orderId()).orElseThrow().getStatus()))
                .isEqualTo(RechargeStatus.SUCCEEDED);
        assertThat(as(owner, () -> wallet.overview()).cash()).isEqualTo(amount);
        assertThat(kinds(account, MovementKind.RECHARGE)).isEqualTo(1);
        assertConsistent(operator, account);
    }

    /**
     * The provider must get a calm "fine" for a repeat, not an error: an error makes it retry (and
     * alert). The interleaving is forced: the test holds the wallet's row lock until the repeats'
     * batches (as many as run at once, the other repeats queued behind them) are stuck (the first, having
     * locked the order, on the wallet; the others on the order), then lets them through. Under a free-running
     * storm on a loaded machine, repeats were once answered with ObjectOptimisticLockingFailureException
     * (the order's @Version check stopped a second credit at commit); see the report.
     */
    @Test
    void repeatsOfAPaymentCallbackThatWaitedForTheWalletLockAreAnsweredWithoutError() throws Exception {
        SignedInUser owner = newOwner(INTL);
        SignedInUser operator = newOperator(INTL);
        long account = accountOf(owner).id();
        Money amount = Money.of("80", "USD");
        RechargeService.RechargeStarted started = as(owner, () -> recharges.startOnlineRecharge(amount.amount(), key()));
        String reference = started.checkoutUrl().substring(SimulatedPaymentGateway.CHECKOUT_PATH.length());
        int repeats = 6;
        List<Future<RuntimeException>> answers = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(repeats);
        try (Connection holder = DriverManager.getConnection(TestDatabase.url(), TestDatabase.user(), TestDatabase.password())) {
            holder.setAutoCommit(false);
            try (Statement lock = holder.createStatement()) {
                lock.executeQuery("SELECT id FROM wallet WHERE account_id = " + account + " FOR UPDATE").close();
            }
            for (int i = 0; i < repeats; i++) {
                PaymentCallback callback = callback(reference, Outcome.SUCCEEDED, amount);
                answers.add(pool.submit(() -> {
                    try {
                        TenantContext.runAs(INTL, () -> recharges.onPaymentCallback(callback));
                        return null;
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            awaitLockWaits(holder, Math.min(repeats, groupCommit.leaders(PaymentSettlement.LANE)));
            holder.commit();
        }
        List<String> errors = new ArrayList<>();
        for (Future<RuntimeException> answer : answers) {
            RuntimeException error = answer.get(60, TimeUnit.SECONDS);
            if (error != null) {
                errors.add(error.getClass().getSimpleName());
            }
        }
        pool.shutdown();

        assertThat(as(owner, () -> wallet.overview()).cash()).as("credited once").isEqualTo(amount);
        assertThat(kinds(account, MovementKind.RECHARGE)).isEqualTo(1);
        assertConsistent(operator, account);
        assertThat(errors).as("callbacks answered with an error").isEmpty();
    }

    /** Waits until this many sessions of our database are stuck on a lock: of the wallet (a locking read or the cash update) or of the order. */
    private static void awaitLockWaits(Connection connection, int count) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try (Statement query = connection.createStatement(); ResultSet waiting = query.executeQuery("""
                    SELECT COUNT(*) FROM information_schema.processlist
                    WHERE db = DATABASE() AND id <> CONNECTION_ID() AND command IN ('Query', 'Execute')
                      AND (info LIKE '%from wallet%for update%' OR info LIKE '%update wallet%'
                           OR info LIKE '%from recharge_order%for update%')""")) {
                waiting.next();
                if (waiting.getInt(1) >= count) {
                    return;
                }
            }
            if (System.nanoTime() > deadline) {
                StringBuilder seen = new StringBuilder();
                try (Statement query = connection.createStatement(); ResultSet rows = query.executeQuery("""
                        SELECT p.id, p.command, p.state, p.info FROM information_schema.processlist p WHERE p.db = DATABASE()""")) {
                    while (rows.next()) {
                        seen.append('\n').append(rows.getString(1)).append(' ').append(rows.getString(2)).append(' ')
                                .append(rows.getString(3)).append(' ').append(rows.getString(4));
                    }
                }
                throw new IllegalStateException("The callbacks never queued for the wallet and order locks; sessions:" + seen);
            }
            Thread.sleep(20);
        }
    }

    private PaymentCallback callback(String reference, Outcome outcome, Money amount) {
        return gateway.signed(new PaymentCallback(INTL, reference, outcome, amount, UUID.randomUUID().toString(), null));
    }

    private List<String> codes(SignedInUser operator, int count) {
        return as(operator, () -> vouchers.createCodes(count, Money.of("7", "USD"), 30, START.plus(Duration.ofDays(60))))
                .stream().map(VoucherService.IssuedCode::code).toList();
    }

    private long kinds(long account, MovementKind kind) {
        return TenantContext.callAs(INTL, () -> journal.countMovements(account, LocalDate.of(1970, 1, 1), LocalDate.of(9999, 12, 31),
                EnumSet.of(kind)));
    }

    private void assertConsistent(SignedInUser operator, long account) {
        assertThat(as(operator, () -> ledgerCheck.check(account)).problems()).isEmpty();
    }

    /** Runs STORM calls released at the same instant; collects each one's result or failure. */
    private static <T> List<Answer<T>> storm(IntFunction<Supplier<T>> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(STORM);
        try {
            CountDownLatch gate = new CountDownLatch(1);
            List<Future<Answer<T>>> futures = new ArrayList<>();
            for (int i = 0; i < STORM; i++) {
                Supplier<T> work = call.apply(i);
                Callable<Answer<T>> task = () -> {
                    gate.await();
                    try {
                        return new Answer<>(work.get(), null);
                    } catch (RuntimeException e) {
                        return new Answer<>(null, e);
                    }
                };
                futures.add(pool.submit(task));
            }
            gate.countDown();
            List<Answer<T>> outcomes = new ArrayList<>();
            for (Future<Answer<T>> future : futures) {
                outcomes.add(future.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Every caller must have succeeded; their results. */
    private static <T> List<T> succeeded(List<Answer<T>> outcomes) {
        List<String> failures = outcomes.stream().filter(o -> o.failure() != null).map(o -> o.failure().toString()).toList();
        assertThat(failures).as("callers refused").isEmpty();
        return outcomes.stream().map(Answer::result).toList();
    }
}
