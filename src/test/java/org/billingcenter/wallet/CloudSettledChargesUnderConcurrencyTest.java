package org.billingcenter.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.money.Money;
import org.billingcenter.shared.tenancy.TenantContext;
import org.billingcenter.tenant.TenantDefinition.FundingSource;
import org.junit.jupiter.api.Test;

/**
 * 16 threads charge ONE account at once on MariaDB, half of them for wallet-settled usage and half
 * for usage settled through a cloud account, both drawing on the same voucher and card. The voucher
 * and the card are spent exactly once (never below zero, never more than they held), cloud-settled
 * charges never touch the cash, and every cent is on the books. Seeded: {@code -Dwallet.seed=...}.
 */
class CloudSettledChargesUnderConcurrencyTest extends WalletServicesTest {

    private static final int THREADS = 16;
    private static final int CHARGES_PER_THREAD = 8;
    private static final LocalDate DAY = LocalDate.of(2031, 3, 14);

    @Test
    void walletAndCloudSettledChargesRacingForOneVoucherSpendItExactlyOnce() throws Exception {
        long seed = Long.getLong("wallet.seed", new Random().nextLong());
        System.out.println("CloudSettledChargesUnderConcurrencyTest seed: " + seed + " (rerun with -Dwallet.seed=" + seed + ")");
        SignedInUser owner = newOwner(INTL);
        long account = accountOf(owner).id();
        SignedInUser operator = newOperator(INTL);
        as(operator, () -> vouchers.issue(account, usd(5_000), 60, "welcome", key()));
        as(operator, () -> wallet.grantCredit(account, usd(20_000), "opening balance", key()));
        as(owner, () -> cards.buy(usd(10_000), key()));

        LongAdder walletCharged = new LongAdder();
        LongAdder cashPaid = new LongAdder();
        LongAdder lotsPaid = new LongAdder();
        LongAdder cloudLeft = new LongAdder();
        ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Void>> work = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Random random = new Random(seed + t);
            boolean cloud = t % 2 == 0;
            work.add(() -> {
                start.await();
                for (int i = 0; i < CHARGES_PER_THREAD; i++) {
                    long cents = 1 + random.nextInt(2_500);
                    try {
                        Charge charge = new Charge(account, usd(cents), "HOSTS", "HOSTS", DAY, key());
                        ChargeResult result = cloud
                                ? as(operator, () -> deduction.chargeCloudSettledBatch(List.of(charge), 1)).getFirst().result()
                                : as(operator, () -> deduction.charge(charge));
                        long lots = cents(result.paidBy(FundingSource.ORDINARY_VOUCHER)) + cents(result.paidBy(FundingSource.STORED_VALUE_CARD));
                        lotsPaid.add(lots);
                        if (cloud) {
                            assertThat(result.paidBy(FundingSource.CASH).isPositive()).isFalse();
                            assertThat(result.paidBy(FundingSource.ARREARS).isPositive()).isFalse();
                            cloudLeft.add(cents - lots);
                        } else {
                            assertThat(result.total()).isEqualTo(usd(cents));
                            walletCharged.add(cents);
                            cashPaid.add(cents - lots);
                        }
                    } catch (RuntimeException | AssertionError e) {
                        unexpected.add(e.toString());
                    }
                }
                return null;
            });
        }
        List<Future<Void>> futures = new ArrayList<>();
        for (Callable<Void> job : work) {
            futures.add(pool.submit(job));
        }
        start.countDown();
        for (Future<Void> done : futures) {
            done.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();

        String context = "seed " + seed;
        assertThat(unexpected).as("charges that failed (%s)", context).isEmpty();
        assertThat(as(operator, () -> ledgerCheck.check(account)).problems()).as("ledger check (%s)", context).isEmpty();
        WalletOverview overview = as(owner, () -> wallet.overview());
        long lotsLeft = cents(overview.vouchers()) + cents(overview.cards());
        assertThat(lotsLeft).as("the voucher and the card never go below zero (%s)", context).isNotNegative();
        assertThat(15_000 - lotsLeft).as("what the lots lost is what the charges say they paid (%s)", context).isEqualTo(lotsPaid.sum());
        assertThat(lotsLeft == 0 || cloudLeft.sum() == 0 && cashPaid.sum() == 0)
                .as("nothing went to cash or the cloud account while the lots still held money (%s)", context).isTrue();
        assertThat(overview.cash()).as("only wallet-settled charges take cash (%s)", context).isEqualTo(usd(10_000 - cashPaid.sum()));
        TenantContext.runAs(INTL, () -> assertThat(journal.sumOf(account, LedgerAccount.REVENUE))
                .as("revenue: wallet charges and what lots paid of cloud-settled ones (%s)", context)
                .isEqualByComparingTo(BigDecimal.valueOf(lotsPaid.sum() + cashPaid.sum(), 2)));
    }

    private static long cents(Money money) {
        return money.amount().movePointRight(2).longValueExact();
    }

    private static Money usd(long cents) {
        return Money.of(BigDecimal.valueOf(cents, 2).toPlainString(), "USD");
    }
}
