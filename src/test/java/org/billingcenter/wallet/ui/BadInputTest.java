package org.billingcenter.wallet.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.BigDecimalField;

import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.wallet.MovementFilter;
import org.billingcenter.wallet.RechargeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** A mistyped recharge amount is pointed out on the field, and nothing is sent or booked. */
class BadInputTest extends WalletUiTest {

    @Autowired
    RechargeService recharges;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            0          | The amount must be greater than zero.
            -5         | The amount must be greater than zero.
            10.005     | Use at most 2 decimal places.
            0.50       | The amount must be at least 1.00.
            200000.01  | The amount must not exceed 200000.00.
            """)
    void aBadAmountIsRefusedOnTheField(String typed, String message) {
        SignedInUser owner = newOwner(INTL);
        signIn(owner);
        navigate("wallet");

        click("open-recharge");
        type(BigDecimalField.class, "recharge-amount", new BigDecimal(typed));
        click("recharge-continue");

        BigDecimalField amount = find(BigDecimalField.class, "recharge-amount");
        assertThat(amount.isInvalid()).isTrue();
        assertThat(amount.getErrorMessage()).isEqualTo(message);
        _assertNone(Button.class, s -> s.withId("recharge-confirm"));
        assertThat(as(owner, () -> wallet.movements(MovementFilter.all(), PageRequest.of(0, 10))).getContent()).isEmpty();
        assertThat(as(owner, () -> recharges.myRecharges(PageRequest.of(0, 10))).getTotalElements()).isZero();
    }

    @Test
    void anEmptyAmountIsRefusedToo() {
        signIn(newOwner(INTL));
        navigate("wallet");
        click("open-recharge");
        click("recharge-continue");
        assertThat(find(BigDecimalField.class, "recharge-amount").getErrorMessage()).isEqualTo("The amount must be greater than zero.");
    }
}
