package org.billingcenter.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

import org.billingcenter.security.AccessRefresh;
import org.billingcenter.shared.identity.CurrentUser;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.identity.SystemIdentity;
import org.billingcenter.support.Input;
import org.billingcenter.support.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The Owner keeps the account's profile current and changes their password. */
class ProfileViewTest extends UiTest {

    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    AccessRefresh accessRefresh;

    @Test
    void theOwnerEditsTheProfile() {
        SignedInUser owner = newOwner(INTL);
        signIn(owner);
        navigate("profile");

        Input.type(_get(TextField.class, s -> s.withId("enterprise-name")), "Contoso Ltd");
        Input.type(_get(TextField.class, s -> s.withId("industry")), "Manufacturing");
        Input.type(_get(TextField.class, s -> s.withId("contact-phone")), "+1 206 555 0100");
        _click(_get(Button.class, s -> s.withId("save-profile")));

        assertThat(as(owner, () -> accounts.myProfile()).enterpriseName()).isEqualTo("Contoso Ltd");
        assertThat(as(owner, () -> accounts.myProfile()).industry()).isEqualTo("Manufacturing");
    }

    @Test
    void invalidContactDetailsAreRefusedAndNothingIsSaved() {
        SignedInUser owner = newOwner(INTL);
        signIn(owner);
        navigate("profile");

        Input.type(_get(TextField.class, s -> s.withId("enterprise-name")), "");
        Input.type(_get(EmailField.class, s -> s.withId("contact-email")), "not-an-email");
        _click(_get(Button.class, s -> s.withId("save-profile")));

        assertThat(_get(TextField.class, s -> s.withId("enterprise-name")).isInvalid()).isTrue();
        assertThat(as(owner, () -> accounts.myProfile()).enterpriseName()).startsWith("Company of");
    }

    @Test
    void anAuditorReadsTheProfileButCannotEditIt() {
        signIn(newMember(newOwner(INTL), Role.AUDITOR));
        navigate("profile");
        assertThat(_get(TextField.class, s -> s.withId("enterprise-name")).isReadOnly()).isTrue();
        _assertNone(Button.class, s -> s.withId("save-profile"));
    }

    @Test
    void changingThePasswordNeedsTheCurrentOne() {
        SignedInUser owner = newOwner(INTL);
        signIn(owner);
        navigate("profile");

        Input.type(_get(PasswordField.class, s -> s.withId("current-password")), "not my password");
        Input.type(_get(PasswordField.class, s -> s.withId("new-password")), "a brand new passphrase");
        _click(_get(Button.class, s -> s.withId("change-password")));
        assertThat(_get(PasswordField.class, s -> s.withId("current-password")).getErrorMessage())
                .isEqualTo("The current password is not correct.");

        Input.type(_get(PasswordField.class, s -> s.withId("current-password")), PASSWORD);
        _click(_get(Button.class, s -> s.withId("change-password")));
        String hash = org.billingcenter.shared.tenancy.TenantContext.callAs(INTL, () -> accounts.findSignIn(owner.email()))
                .orElseThrow().getPassword();
        assertThat(passwordEncoder.matches("a brand new passphrase", hash)).isTrue();
        assertThat(hash).startsWith("$argon2id$");
    }

    @Test
    void signingOutTheOtherSessionsAsksFirstAndKeepsThisOne() {
        SignedInUser owner = newOwner(INTL);
        signIn(owner);
        navigate("profile");

        click("sign-out-others");
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class, "sign-out-others-text").getText())
                .contains("This session stays signed in.");
        click("sign-out-others-cancel");
        assertThat(stillSignedInElsewhere(owner)).as("cancelled: nothing ended").isTrue();

        click("sign-out-others");
        click("sign-out-others-confirm");
        assertThat(notifications()).contains("Your other sessions are signed out.");
        assertThat(accessRefresh.refresh()).as("this session is up to date").isFalse();
        assertThat(CurrentUser.get()).isPresent();
        assertThat(stillSignedInElsewhere(owner)).as("a session from before ends").isFalse();
    }

    /** Whether a session that signed in before (holding the sign-in as it was then) is still good. */
    private boolean stillSignedInElsewhere(SignedInUser before) {
        return SystemIdentity.callAs(before, () -> {
            accessRefresh.refresh();
            return CurrentUser.get().isPresent();
        });
    }
}
