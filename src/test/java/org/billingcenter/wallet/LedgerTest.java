package org.billingcenter.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.money.Money;
import org.billingcenter.shared.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The cached balance always equals what the journal says, also under concurrent postings on MariaDB. */
class LedgerTest extends WalletServicesTest {

    @Autowired
    MoneyCommands commands;
    @Autowired
    WalletRepository wallets;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void creditsAndChargesMoveTheBalanceAndSpendAndGoNegativeIntoArrears() {
        SignedInUser owner = newOwner(INTL);
        long account = accountOf(owner).id();
        SignedInUser operator = newOperator(INTL);
        as(operator, () -> {
            wallet.grantCredit(account, Money.of("100.00", "USD"), "Goodwill", key());
            deduction.charge(new Charge(account, Money.of("30.25", "USD"), "LOGS", "Logs", LocalDate.of(2026, 11, 3), key()));
            deduction.charge(new Charge(account, Money.of("80.00", "USD"), "TRACES", "Traces", LocalDate.of(2026, 11, 14), key()));
        });

        WalletOverview overview = as(owner, () -> wallet.overview());
        assertThat(overview.cash()).isEqualTo(Money.of("-10.25", "USD"));
        assertThat(overview.inArrears()).isTrue();
        assertThat(overview.monthToDateSpend()).isEqualTo(Money.of("110.25", "USD"));
        List<DailySpend> days = as(owner, () -> wallet.monthToDateSpend());
        assertThat(days).hasSize(14).first().extracting(DailySpend::day).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(days.get(2).amount()).isEqualTo(Money.of("30.25", "USD"));
        assertThat(days.get(13).amount()).isEqualTo(Money.of("80", "USD"));
        TenantContext.runAs(INTL, () -> assertThat(wallet.journalCash(account)).isEqualTo(overview.cash()));
    }

    @Test
    void refusesBadAmountsAndLeavesTheJournalUnchanged() {
        long account = accountOf(newOwner(INTL)).id();
        SignedInUser operator = newOperator(INTL);
        long before = journal.count();
        assertThatThrownBy(() -> as(operator, () -> wallet.grantCredit(account, Money.of("0", "USD"), "nothing", key())))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("money.mustBePositive");
        assertThatThrownBy(() -> as(operator, () -> wallet.grantCredit(account, Money.of("5", "CNY"), "wrong currency", key())))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("money.wrongCurrency");
        assertThat(journal.count()).isEqualTo(before);
    }

    @Test
    void anUnbalancedTransactionIsNeverPosted() {
        long account = accountOf(newOwner(INTL)).id();
        TenantContext.runAs(INTL, () -> {
            assertThatThrownBy(() -> transaction.executeWithoutResult(status -> commands.runHere(MoneyCommand.of(account, null,
                    "ONE_SIDED", new Object[0], (books, by) -> new Posted(books.post(
                            new JournalTransaction(account, MovementKind.ADJUSTMENT, "one-sided", clock.instant(), LocalDate.now(clock), by)
                                    .entry(LedgerAccount.CUSTOMER_CASH, Money.of("10", "USD"))
                                    .entry(LedgerAccount.ADJUSTMENTS, Money.of("-9.99", "USD"))).getId()), Posted::read))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not balance");
            assertThat(wallet.journalCash(account).isZero()).isTrue();
        });
    }

    @Test
    void concurrentPostingsOnOneWalletLoseNothing() throws Exception {
        long account = accountOf(newOwner(INTL)).id();
        SignedInUser operator = newOperator(INTL);
        int threads = 16;
        int perThread = 10;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Callable<Void>> work = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            boolean credit = t % 2 == 0;
            work.add(() -> {
                for (int i = 0; i < perThread; i++) {
                    as(operator, () -> {
                        if (credit) {
                            wallet.grantCredit(account, Money.of("1.01", "USD"), "credit", key());
                        } else {
                            deduction.charge(new Charge(account, Money.of("0.50", "USD"), "LOGS", "charge", LocalDate.of(2026, 11, 10), key()));
                        }
                    });
                }
                return null;
            });
        }
        for (Future<Void> done : pool.invokeAll(work)) {
            done.get();
        }
        pool.shutdown();

        Money expected = Money.of("80.80", "USD").minus(Money.of("40.00", "USD"));
        TenantContext.runAs(INTL, () -> {
            assertThat(wallets.findByAccountId(account).orElseThrow().cash()).isEqualTo(expected);
            assertThat(wallet.journalCash(account)).isEqualTo(expected);
        });
    }
}
