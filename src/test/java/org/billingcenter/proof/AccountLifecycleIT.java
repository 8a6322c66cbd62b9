package org.billingcenter.proof;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * The account lifecycle as people and attackers meet it in a browser: sign-up that does not tell
 * a registered address from a new one, the e-mailed confirmation link, "forgot password", and a
 * burst of sign-ups from one client.
 */
class AccountLifecycleIT extends BrowserJourney {

    private static final String NEW_PASSWORD = "a brand new passphrase";

    @Test
    void signingUpWithARegisteredAddressLooksTheSameAndTellsItsOwner() {
        String registered = signUp(browser(), CN, "Existing Owner", "Existing Co");
        Browser stranger = browser();
        String fresh = newEmail("fresh");

        String answerForFresh = submitSignUp(stranger, CN, fresh, PASSWORD);
        String urlForFresh = stranger.currentUrl();
        String answerForRegistered = submitSignUp(stranger, CN, registered, "the stranger's own password");

        assertThat(answerForRegistered.replace(registered, "…")).isEqualTo(answerForFresh.replace(fresh, "…")).isNotBlank();
        assertThat(stranger.currentUrl()).isEqualTo(urlForFresh).contains("/login");
        assertThat(app.messagesTo(CN, registered).getFirst()).contains("有人尝试")
                .containsPattern("https?://" + CN + "\\.[^/\\s]+/forgot-password");
        assertThat(app.messagesTo(CN, registered)).filteredOn(message -> message.contains("confirm-email/")).hasSize(1);
        assertThat(stranger.attemptSignIn(CN, registered, "the stranger's own password")).isFalse();
        assertThat(browser().attemptSignIn(CN, registered, PASSWORD)).isTrue();
    }

    @Test
    void theConfirmationLinkConfirmsOnceAndAResentLinkReplacesIt() {
        Browser person = browser();
        String email = newEmail("confirm");
        submitSignUp(person, CN, email, PASSWORD);
        String firstLink = app.pathOfLinkSentTo(CN, email, "confirm-email/");

        person.signIn(CN, email, PASSWORD).open(CN, "profile");
        assertThat(person.has("email-not-confirmed")).isTrue();
        person.click("resend-confirmation");
        String secondLink = person.waitUntil(d -> {
            String newest = app.pathOfLinkSentTo(CN, email, "confirm-email/");
            return newest.equals(firstLink) ? null : newest;
        });

        person.open(CN, firstLink);
        assertThat(person.element("confirm-not-valid").isDisplayed()).isTrue();
        person.open(CN, secondLink).click("confirm-email");
        assertThat(person.element("email-confirmed").isDisplayed()).isTrue();
        person.open(CN, secondLink);
        assertThat(person.element("confirm-not-valid").isDisplayed()).isTrue();
        assertThat(person.has("confirm-email")).isFalse();
        person.open(CN, "profile");
        assertThat(person.has("email-not-confirmed")).isFalse();
    }

    @Test
    void aResetLinkWorksOnceAnswersTheSameForUnknownAddressesAndEndsEverySession() {
        Browser first = browser();
        String email = signUp(first, CN, "Forgetful Owner", "Forgetful Co");
        Browser second = browser().signIn(CN, email, PASSWORD);
        Browser forgetful = browser();
        String unknown = newEmail("nobody");

        forgetful.open(CN, "login").click("forgot-password-link");
        String answerForKnown = askForReset(forgetful, email);
        forgetful.open(CN, "forgot-password");
        String answerForUnknown = askForReset(forgetful, unknown);
        assertThat(answerForKnown.replace(email, "…")).isEqualTo(answerForUnknown.replace(unknown, "…"));
        assertThat(app.messagesTo(CN, unknown)).isEmpty();

        String link = app.pathOfLinkSentTo(CN, email, "reset-password/");
        forgetful.open(CN, link).type("new-password", NEW_PASSWORD).type("confirm-password", NEW_PASSWORD).click("reset-password");
        forgetful.waitUntil(d -> d.getCurrentUrl().contains("/login") ? true : null);

        for (Browser signedInBefore : new Browser[] {first, second}) {
            signedInBefore.open(CN, "profile");
            String landedOn = signedInBefore.<String>waitUntil(d -> d.getCurrentUrl().contains("/login") ? d.getCurrentUrl() : null);
            assertThat(landedOn).contains("/login");
        }
        assertThat(browser().attemptSignIn(CN, email, PASSWORD)).isFalse();
        assertThat(forgetful.attemptSignIn(CN, email, NEW_PASSWORD)).isTrue();
        forgetful.open(CN, link);
        assertThat(forgetful.element("reset-not-valid").isDisplayed()).isTrue();
        assertThat(forgetful.has("new-password")).isFalse();
    }

    @Test
    void aBurstOfSignUpsFromOneClientIsStoppedAtItsAllowance() {
        Browser client = browser();
        for (int i = 0; i < ProductionApp.SIGN_UPS_PER_CLIENT; i++) {
            String email = newEmail("burst-" + i);
            submitSignUp(client, HOSTING, email, PASSWORD);
            assertThat(client.currentUrl()).as("sign-up %d of the allowance", i + 1).contains("/login");
        }
        String beyond = newEmail("beyond");
        String refusal = submitSignUp(client, HOSTING, beyond, PASSWORD);

        assertThat(client.currentUrl()).contains("/signup");
        assertThat(refusal).contains("Too many requests");
        assertThat(app.messagesTo(HOSTING, beyond)).isEmpty();
        assertThat(browser().attemptSignIn(HOSTING, beyond, PASSWORD)).isFalse();
    }

    /** Fills in and sends the sign-up form; returns the message the page shows. */
    private static String submitSignUp(Browser browser, String tenant, String email, String password) {
        browser.open(tenant, "signup")
                .type("enterprise-name", "Company of " + email)
                .type("display-name", "Person " + email.substring(0, 6))
                .type("email", email)
                .type("password", password)
                .type("confirm-password", password)
                .click("create-account");
        return notice(browser);
    }

    private static String askForReset(Browser browser, String email) {
        browser.type("email", email).click("send-reset-link");
        return browser.waitForText("reset-sent", text -> !text.isEmpty());
    }

    private static String notice(Browser browser) {
        return browser.waitUntil(d -> {
            Object text = browser.js("const card = document.querySelector('vaadin-notification-card');"
                    + " return card ? card.textContent.trim() : null;");
            return text == null || text.toString().isEmpty() ? null : text.toString();
        });
    }

    private static String newEmail(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }
}
