package org.billingcenter.billing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;

import org.billingcenter.billing.BalanceAlert;
import org.billingcenter.billing.BalanceAlert.Kind;
import org.billingcenter.billing.BalanceAlertService;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.support.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Finance opens the low-balance alert from the dashboard, chooses days of spend, and a nonsense value is refused with a message. */
class SetALowBalanceAlertTest extends UiTest {

    @Autowired
    BalanceAlertService alerts;

    @Test
    @SuppressWarnings("unchecked")
    void financeChoosesDaysOfSpendAndNonsenseIsRefused() {
        SignedInUser owner = newOwner(INTL);
        SignedInUser finance = newMember(owner, Role.FINANCE);
        signIn(finance);
        navigate("balance-alert");
        RadioButtonGroup<Kind> kind = find(RadioButtonGroup.class, "alert-kind");
        BigDecimalField threshold = find(BigDecimalField.class, "alert-threshold");
        assertThat(kind.getValue()).isEqualTo(Kind.DAYS);
        assertThat(threshold.getValue()).isEqualByComparingTo("3");

        threshold.setValue(new BigDecimal("0.5"));
        find(Button.class, "alert-save").click();
        assertThat(threshold.isInvalid()).isTrue();
        assertThat(threshold.getErrorMessage()).isEqualTo("Enter a whole number of days from 1 to 90.");

        threshold.setValue(new BigDecimal("7"));
        find(Button.class, "alert-save").click();
        assertThat(as(finance, () -> alerts.myAlert())).isEqualTo(new BalanceAlert(Kind.DAYS, new BigDecimal("7.0000")));
    }
}
