package org.billingcenter.wallet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;

import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.money.Money;
import org.billingcenter.wallet.VoucherService;
import org.billingcenter.wallet.VoucherService.IssuedCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The holder types an activation code and gets its voucher; a code works once, in its own tenant, before it lapses. */
class RedeemVoucherTest extends WalletUiTest {

    @Autowired
    VoucherService vouchers;

    @Test
    void theHolderRedeemsACodeOnceOnly() {
        String code = codes(INTL, "25", "USD").getFirst().code();
        signIn(newOwner(INTL));
        navigate("wallet");

        // Typed the way people copy codes: lower case, in groups.
        redeem(code.toLowerCase().replaceAll("(.{4})(?!$)", "$1-"));
        assertThat(notifications()).anyMatch(text -> text.contains("A voucher worth $25.00 was added"));
        assertThat(find(Span.class, "wallet-vouchers").getText()).isEqualTo("$25.00");

        redeem(code);
        assertThat(find(TextField.class, "voucher-code").getErrorMessage()).isEqualTo("This code has already been used.");
        assertThat(find(Span.class, "wallet-vouchers").getText()).isEqualTo("$25.00");
    }

    @Test
    void anotherTenantsCodeIsUnknownHere() {
        String chineseCode = codes(CN, "100", "CNY").getFirst().code();
        SignedInUser owner = newOwner(INTL);
        signIn(owner);
        navigate("wallet");

        redeem(chineseCode);
        assertThat(find(TextField.class, "voucher-code").getErrorMessage())
                .isEqualTo("This code is not valid here. Check it and try again.");
        assertThat(overview(owner).vouchers().isZero()).isTrue();
    }

    @Test
    void aCodePastItsRedeemByDateHasExpired() {
        String code = codes(INTL, "10", "USD").getFirst().code();
        signIn(newOwner(INTL));
        navigate("wallet");
        clock.advance(Duration.ofDays(11));

        redeem(code);
        assertThat(find(TextField.class, "voucher-code").getErrorMessage()).isEqualTo("This code has expired.");
    }

    private List<IssuedCode> codes(String tenant, String value, String currency) {
        return as(newOperator(tenant), () -> vouchers.createCodes(2, Money.of(value, currency), 30, START.plus(Duration.ofDays(10))));
    }

    private void redeem(String code) {
        click("open-redeem");
        type(TextField.class, "voucher-code", code);
        click("voucher-redeem");
    }
}
