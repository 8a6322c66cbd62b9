package org.billingcenter.wallet.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;

import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.support.Views;
import org.billingcenter.wallet.Recharge;
import org.billingcenter.wallet.RechargeService;
import org.billingcenter.wallet.RechargeStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** The holder recharges online: confirms the amount, pays on the provider's page, and is credited once. */
class RechargeOnlineTest extends WalletUiTest {

    @Autowired
    RechargeService recharges;

    @Test
    void theOwnerPaysOnTheCheckoutPageAndTheBalanceRisesOnceDespiteRepeatedCallbacks() throws InterruptedException {
        SignedInUser owner = newOwner(INTL);
        signIn(owner);
        navigate("wallet");

        click("open-recharge");
        type(BigDecimalField.class, "recharge-amount", new BigDecimal("200"));
        click("recharge-continue");
        assertThat(find(Paragraph.class, "recharge-summary").getText()).contains("$200.00", "Online payment");
        click("recharge-confirm");

        assertThat(Views.current()).isInstanceOf(SimulatedCheckoutView.class);
        assertThat(find(Span.class, "checkout-amount").getText()).isEqualTo("$200.00");
        click("checkout-pay");

        assertThat(Views.current()).isInstanceOf(WalletView.class);
        assertThat(notifications()).anyMatch(text -> text.contains("as soon as the provider confirms"));
        assertThat(awaitCash(owner, "200")).isEqualByComparingTo("200");
        // The provider repeats the outcome 120 ms later, after a stale "pending": wait it out, then look again.
        Thread.sleep(Duration.ofMillis(600));
        assertThat(overview(owner).cash().amount()).isEqualByComparingTo("200");
        assertThat(as(owner, () -> recharges.myRecharges(PageRequest.of(0, 10))).getContent())
                .singleElement().extracting(Recharge::status).isEqualTo(RechargeStatus.SUCCEEDED);
    }

    @Test
    void aSecondSubmitFromTheSameDialogReplaysInsteadOfOpeningAnotherPayment() {
        SignedInUser owner = newOwner(INTL);
        signIn(owner);
        navigate("wallet");
        click("open-recharge");
        type(BigDecimalField.class, "recharge-amount", new BigDecimal("50"));
        click("recharge-continue");
        RechargeDialog dialog = _get(RechargeDialog.class);

        click("recharge-confirm");
        String firstCheckout = currentLocation();
        dialog.submit(); // a second click that reached the server before the first one's answer disabled the button

        assertThat(currentLocation()).isEqualTo(firstCheckout);
        assertThat(as(owner, () -> recharges.myRecharges(PageRequest.of(0, 10))).getTotalElements()).isEqualTo(1);
    }

    @Test
    void cancellingOnTheCheckoutPageCreditsNothingAndTheLinkIsThenClosed() throws InterruptedException {
        SignedInUser owner = newOwner(INTL);
        signIn(owner);
        navigate("wallet");
        click("open-recharge");
        type(BigDecimalField.class, "recharge-amount", new BigDecimal("30"));
        click("recharge-continue");
        click("recharge-confirm");
        String checkout = currentLocation();
        click("checkout-cancel");

        assertThat(Views.current()).isInstanceOf(WalletView.class);
        Thread.sleep(Duration.ofMillis(800));
        assertThat(overview(owner).cash().amount()).isEqualByComparingTo("0");
        assertThat(as(owner, () -> recharges.myRecharges(PageRequest.of(0, 10))).getContent())
                .singleElement().extracting(Recharge::status).isEqualTo(RechargeStatus.FAILED);

        navigate(checkout);
        assertThat(find(Paragraph.class, "checkout-closed").getText()).isEqualTo("This payment is no longer open.");
    }

    @Test
    void anUnknownPaymentReferenceShowsAFriendlyPage() {
        signIn(newOwner(INTL));
        navigate("pay/simulated/SIM-no-such-payment");
        assertThat(find(Paragraph.class, "checkout-closed").getText()).isEqualTo("This payment is no longer open.");
    }

    private static String currentLocation() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }
}
