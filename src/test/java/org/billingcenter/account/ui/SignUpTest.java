package org.billingcenter.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

import org.billingcenter.security.LoginView;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.tenancy.TenantContext;
import org.billingcenter.support.Input;
import org.billingcenter.support.UiTest;
import org.billingcenter.support.Views;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A visitor opens an account from the tenant's sign-up page. */
class SignUpTest extends UiTest {

    String email = uniqueEmail("new");

    @BeforeEach
    void openSignUp() {
        openPortal(INTL);
        navigate("signup");
    }

    private void fill(String mail, String password, String confirmation) {
        Input.type(_get(TextField.class, s -> s.withId("enterprise-name")), "Northwind Traders");
        Input.type(_get(TextField.class, s -> s.withId("display-name")), "Nancy Davolio");
        Input.type(_get(EmailField.class, s -> s.withId("email")), mail);
        Input.type(_get(PasswordField.class, s -> s.withId("password")), password);
        Input.type(_get(PasswordField.class, s -> s.withId("confirm-password")), confirmation);
        _click(_get(Button.class, s -> s.withId("create-account")));
    }

    @Test
    void aVisitorOpensAnAccountAndBecomesItsOwner() {
        fill(email, PASSWORD, PASSWORD);

        assertThat(Views.current()).isInstanceOf(LoginView.class);
        var owner = TenantContext.callAs(INTL, () -> accounts.findSignIn(email)).orElseThrow().user();
        assertThat(owner.roles()).containsExactly(Role.OWNER);
        assertThat(accountOf(owner).enterpriseName()).isEqualTo("Northwind Traders");
        assertThat(TenantContext.callAs(CN, () -> accounts.findSignIn(email))).isEmpty();
    }

    @Test
    void differingPasswordsAreShownAndNothingIsCreated() {
        fill(email, PASSWORD, PASSWORD + "x");

        PasswordField confirm = _get(PasswordField.class, s -> s.withId("confirm-password"));
        assertThat(confirm.isInvalid()).isTrue();
        assertThat(confirm.getErrorMessage()).isEqualTo("The passwords do not match.");
        assertThat(TenantContext.callAs(INTL, () -> accounts.findSignIn(email))).isEmpty();
    }

    @Test
    void aShortPasswordIsExplainedOnItsField() {
        fill(email, "short", "short");
        assertThat(_get(PasswordField.class, s -> s.withId("password")).getErrorMessage()).contains("10 to 128 characters");
    }

    @Test
    void aRegisteredEmailIsNotRevealedAndOpensNothing() {
        var existing = newOwner(INTL);
        fill(existing.email(), PASSWORD + " other", PASSWORD + " other");

        // The same next page as a new address; the person who has the address keeps their account.
        assertThat(Views.current()).isInstanceOf(LoginView.class);
        assertThat(TenantContext.callAs(INTL, () -> accounts.findSignIn(existing.email())).orElseThrow().user().accountId())
                .isEqualTo(existing.accountId());
    }

    @Test
    void requiredFieldsAreMarked() {
        _click(_get(Button.class, s -> s.withId("create-account")));
        assertThat(_get(TextField.class, s -> s.withId("enterprise-name")).isInvalid()).isTrue();
        assertThat(_get(EmailField.class, s -> s.withId("email")).getErrorMessage()).isEqualTo("Required");
    }
}
