package org.billingcenter.wallet.ui;

import java.math.BigDecimal;
import java.time.Duration;

import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.money.Money;
import org.billingcenter.support.UiTest;
import org.billingcenter.wallet.WalletOverview;
import org.billingcenter.wallet.WalletService;
import org.springframework.beans.factory.annotation.Autowired;

/** What the wallet's UI tests share: finding things by id, typing, and reading the wallet behind the screen. */
abstract class WalletUiTest extends UiTest {

    @Autowired
    protected WalletService wallet;

    protected WalletOverview overview(SignedInUser user) {
        return as(user, () -> wallet.overview());
    }

    protected void grant(SignedInUser owner, String amount, String currency) {
        long account = accountOf(owner).id();
        as(newOperator(owner.tenantId()), () -> wallet.grantCredit(account, Money.of(amount, currency), "test", key()));
    }

    /** The provider's callbacks arrive on another thread; wait for the credit, up to about five seconds. */
    protected BigDecimal awaitCash(SignedInUser user, String expected) throws InterruptedException {
        BigDecimal cash = overview(user).cash().amount();
        for (int i = 0; i < 50 && cash.compareTo(new BigDecimal(expected)) != 0; i++) {
            Thread.sleep(Duration.ofMillis(100));
            cash = overview(user).cash().amount();
        }
        return cash;
    }
}
