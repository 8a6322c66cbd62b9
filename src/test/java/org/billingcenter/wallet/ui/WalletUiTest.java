package org.billingcenter.wallet.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;

import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.money.Money;
import org.billingcenter.support.Input;
import org.billingcenter.support.UiTest;
import org.billingcenter.wallet.WalletOverview;
import org.billingcenter.wallet.WalletService;
import org.springframework.beans.factory.annotation.Autowired;

/** What the wallet's UI tests share: finding things by id, typing, and reading the wallet behind the screen. */
abstract class WalletUiTest extends UiTest {

    @Autowired
    protected WalletService wallet;

    protected static void click(String id) {
        _click(_get(Button.class, s -> s.withId(id)));
    }

    protected static <C extends Component> C find(Class<C> type, String id) {
        return _get(type, s -> s.withId(id));
    }

    protected static <V> void type(Class<? extends AbstractField<?, V>> type, String id, V value) {
        Input.type(find(type, id), value);
    }

    protected static List<String> notifications() {
        return NotificationsKt.getNotifications().stream().map(n -> n.getElement().getProperty("text", "")).toList();
    }

    /** Signs in someone else in a fresh browser, as a second person at another desk would. */
    protected void switchTo(SignedInUser user) {
        MockVaadin.tearDown();
        signIn(user);
    }

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
