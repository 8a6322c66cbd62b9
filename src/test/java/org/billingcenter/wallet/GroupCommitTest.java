package org.billingcenter.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.money.Money;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Commands that share a database transaction still succeed or fail one by one, and a caller
 * inside a transaction of its own gets its command applied there.
 */
class GroupCommitTest extends WalletServicesTest {

    private static final LocalDate START_DAY = LocalDate.of(2026, 11, 14);

    @Autowired
    private TransactionTemplate transaction;

    @Test
    void aRefusedCreditLeavesTheOthersOfItsBatchAlone() throws Exception {
        SignedInUser operator = newOperator(INTL);
        int accounts = 12;
        List<Long> wallets = new ArrayList<>();
        for (int i = 0; i < accounts; i++) {
            wallets.add(accountOf(newOwner(INTL)).id());
        }
        ExecutorService pool = Executors.newFixedThreadPool(accounts * 2);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> answers = new ArrayList<>();
        for (int i = 0; i < accounts * 2; i++) {
            long account = wallets.get(i % accounts);
            // Every second command is in the wrong currency: refused, whatever batch it lands in.
            Money amount = i < accounts ? Money.of("3", "USD") : Money.of("5", "CNY");
            answers.add(pool.submit(() -> {
                go.await();
                try {
                    as(operator, () -> wallet.grantCredit(account, amount, "batch test", key()));
                    return "ok";
                } catch (BusinessRuleException e) {
                    return e.getMessage();
                }
            }));
        }
        go.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> answer : answers) {
            outcomes.add(answer.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(outcomes.subList(0, accounts)).containsOnly("ok");
        assertThat(outcomes.subList(accounts, accounts * 2)).doesNotContain("ok");
        for (long account : wallets) {
            LedgerCheck check = as(operator, () -> ledgerCheck.check(account));
            assertThat(check.problems()).isEmpty();
            assertThat(check.transactionsChecked()).as("one credit posted on account %d", account).isEqualTo(1);
        }
    }

    @Test
    void aChargeInsideTheCallersTransactionRollsBackWithIt() {
        SignedInUser owner = newOwner(INTL);
        SignedInUser operator = newOperator(INTL);
        long account = accountOf(owner).id();
        as(operator, () -> wallet.grantCredit(account, Money.of("10", "USD"), "start", key()));

        as(operator, () -> transaction.executeWithoutResult(status -> {
            deduction.charge(new Charge(account, Money.of("4", "USD"), "LOGS", "rolled back", START_DAY, key()));
            status.setRollbackOnly();
        }));
        as(operator, () -> transaction.executeWithoutResult(status ->
                deduction.charge(new Charge(account, Money.of("1", "USD"), "LOGS", "kept", START_DAY, key()))));

        assertThat(as(owner, () -> wallet.overview()).cash()).isEqualTo(Money.of("9", "USD"));
        assertThat(as(operator, () -> ledgerCheck.check(account)).problems()).isEmpty();
    }

}
