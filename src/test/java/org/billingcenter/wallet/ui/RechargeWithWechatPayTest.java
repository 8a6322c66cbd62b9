package org.billingcenter.wallet.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;

import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.support.PaymentProviderStub;
import org.billingcenter.support.Views;
import org.junit.jupiter.api.Test;

/** The holder chooses WeChat Pay: the portal's checkout page shows the payment's QR code, to that holder only. */
class RechargeWithWechatPayTest extends WalletUiTest {

    @Test
    @SuppressWarnings("unchecked")
    void theOwnerChoosesWechatPayAndIsShownTheQrCodeToScan() {
        SignedInUser owner = newOwner(CN);
        signIn(owner);
        navigate("wallet");

        click("open-recharge");
        _get(RadioButtonGroup.class, s -> s.withId("recharge-provider")).setValue("wechatpay");
        type(BigDecimalField.class, "recharge-amount", new BigDecimal("88.80"));
        click("recharge-continue");
        assertThat(find(Paragraph.class, "recharge-summary").getText()).contains("88.80", "微信支付");
        click("recharge-confirm");

        assertThat(Views.current()).isInstanceOf(WechatPayCheckoutView.class);
        assertThat(find(Span.class, "checkout-amount").getText()).contains("88.80");
        String src = find(Image.class, "wechat-qr").getSrc();
        assertThat(src).startsWith("data:image/svg+xml;base64,");
        assertThat(new String(Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1)), StandardCharsets.UTF_8))
                .startsWith("<svg").contains("<path");
        assertThat(PaymentProviderStub.get().requestsTo("/v3/pay/transactions/native").getLast().body()).contains("\"total\":8880");
    }

    @Test
    void anotherAccountsPaymentCodeIsNotShown() {
        SignedInUser owner = newOwner(CN);
        signIn(owner);
        navigate("wallet");
        click("open-recharge");
        _get(RadioButtonGroup.class, s -> s.withId("recharge-provider")).setValue("wechatpay");
        type(BigDecimalField.class, "recharge-amount", new BigDecimal("20"));
        click("recharge-continue");
        click("recharge-confirm");
        String checkout = currentLocation();

        switchTo(newOwner(CN));
        navigate(checkout);

        assertThat(find(Paragraph.class, "checkout-closed").isVisible()).isTrue();
        assertThat(Views.current()).isInstanceOf(WechatPayCheckoutView.class);
    }

    private static String currentLocation() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }
}
