package org.billingcenter.wallet.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;

import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.wallet.WalletOverview;
import org.junit.jupiter.api.Test;

/** In lumen-cn (a Chinese portal) the holder buys a stored-value card with cash and sees the voucher it earns first. */
class BuyStoredValueCardTest extends WalletUiTest {

    @Test
    void buyingTenThousandYuanOfCardEarnsAThousandYuanVoucher() {
        SignedInUser owner = newOwner(CN);
        grant(owner, "12000", "CNY");
        signIn(owner);
        navigate("wallet");

        click("open-buy-card");
        type(IntegerField.class, "card-face-value", 10000);
        assertThat(find(Span.class, "card-reward").getText()).isEqualTo("本次购买可获赠面额 ¥1,000.00 的满减代金券。");
        click("card-continue");
        assertThat(find(Paragraph.class, "card-summary").getText()).contains("¥10,000.00", "¥1,000.00");
        click("card-confirm");

        WalletOverview after = overview(owner);
        assertThat(after.cash().amount()).isEqualByComparingTo("2000");
        assertThat(after.cards().amount()).isEqualByComparingTo("10000");
        assertThat(after.vouchers().amount()).isEqualByComparingTo("1000");
        assertThat(find(Span.class, "wallet-cards").getText()).isEqualTo("¥10,000.00");
    }

    @Test
    void aFaceValueThatIsNotAMultipleOfAHundredIsRefusedOnTheField() {
        SignedInUser owner = newOwner(CN);
        grant(owner, "500", "CNY");
        signIn(owner);
        navigate("wallet");

        click("open-buy-card");
        type(IntegerField.class, "card-face-value", 150);
        click("card-continue");

        IntegerField faceValue = find(IntegerField.class, "card-face-value");
        assertThat(faceValue.isInvalid()).isTrue();
        assertThat(faceValue.getErrorMessage()).isEqualTo("面额须为 100 的整数倍，且不低于 100。");
        _assertNone(Paragraph.class, s -> s.withId("card-summary"));
        assertThat(overview(owner).cash().amount()).isEqualByComparingTo("500");
    }

    @Test
    void withoutEnoughCashTheHolderIsToldToRechargeAndNothingChanges() {
        SignedInUser owner = newOwner(CN);
        grant(owner, "500", "CNY");
        signIn(owner);
        navigate("wallet");

        click("open-buy-card");
        type(IntegerField.class, "card-face-value", 1000);
        click("card-continue");
        click("card-confirm");

        assertThat(find(IntegerField.class, "card-face-value").getErrorMessage()).isEqualTo("现金余额不足（当前 500.00），请先充值。");
        WalletOverview after = overview(owner);
        assertThat(after.cash().amount()).isEqualByComparingTo("500");
        assertThat(after.cards().isZero()).isTrue();
    }
}
