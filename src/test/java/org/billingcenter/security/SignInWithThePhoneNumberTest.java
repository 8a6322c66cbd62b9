package org.billingcenter.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.Filter;

import org.billingcenter.account.PhoneChangeService;
import org.billingcenter.notification.Outbox;
import org.billingcenter.notification.OutboxEntry;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.support.ApplicationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.domain.Pageable;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A person signs in through the login endpoint with their e-mail or, once verified, their phone
 * number; guessing counts per person whichever one is typed, and a number never tells whether it
 * belongs to anyone.
 */
class SignInWithThePhoneNumberTest extends ApplicationTest {

    private static final String HOST = "lumen-cn.localhost";

    @Autowired
    WebApplicationContext web;
    @Autowired
    @Qualifier("tenantRequestFilter")
    Filter tenantFilter;
    @Autowired
    PhoneChangeService phones;
    @Autowired
    Outbox outbox;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(web).addFilters(tenantFilter).apply(springSecurity()).build();
    }

    @Test
    void aPersonSignsInWithTheirVerifiedPhoneNumberAsWithTheirEmail() throws Exception {
        SignedInUser owner = newOwner(CN);
        String phone = verifiedPhone(owner);

        assertThat(signIn(" " + phone.substring(0, 3) + " " + phone.substring(3, 6) + "-" + phone.substring(6) + " ", PASSWORD,
                someAddress())).isNull();
        assertThat(signIn(owner.email(), PASSWORD, someAddress())).isNull();
        assertThat(signIn(phone, "wrong password", someAddress())).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void aNumberNotYetConfirmedOrUnknownAnswersExactlyLikeAWrongPassword() throws Exception {
        SignedInUser owner = newOwner(CN);
        String known = verifiedPhone(owner);
        SignedInUser other = newOwner(CN);
        String pending = newPhoneNumber();
        as(other, () -> phones.startPhoneChange(pending));

        Object wrongPassword = signIn(known, "not the password", someAddress());
        Object unconfirmed = signIn(pending, PASSWORD, someAddress());
        Object unknown = signIn(newPhoneNumber(), PASSWORD, someAddress());
        for (Object failure : new Object[] {unconfirmed, unknown}) {
            assertThat(failure).isInstanceOf(BadCredentialsException.class);
            assertThat(((Exception) failure).getMessage()).isEqualTo(((Exception) wrongPassword).getMessage());
        }
    }

    @Test
    void guessesThroughTheEmailAndThePhoneCountTogetherForThePerson() throws Exception {
        SignedInUser victim = newOwner(CN);
        String phone = verifiedPhone(victim);
        for (int i = 0; i < SignInThrottle.FREE_ATTEMPTS; i++) {
            String identifier = i % 2 == 0 ? victim.email() : phone;
            assertThat(signIn(identifier, "guess " + i, someAddress())).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(signIn(phone, PASSWORD, someAddress())).isInstanceOf(SignInThrottledException.class);
        assertThat(signIn(victim.email(), PASSWORD, someAddress())).isInstanceOf(SignInThrottledException.class);
    }

    @Test
    void askingForSomeoneElsesNumberTellsNothingAndTheHolderIsWarned() {
        SignedInUser holder = newOwner(CN);
        String phone = verifiedPhone(holder);
        SignedInUser prober = newOwner(CN);

        // Answered as for a free number; the holder gets a warning, no code, so it can never be confirmed.
        as(prober, () -> phones.startPhoneChange(phone));
        OutboxEntry warning = sentTo(phone);
        assertThat(warning.body()).contains("另一个账户").doesNotContainPattern("\\d{6}");
        String emailCode = codeIn(sentTo(prober.email()));
        for (String guess : new String[] {"000000", "123456"}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> as(prober, () -> phones.confirmPhoneChange(emailCode, guess)))
                    .hasMessageStartingWith("contact.wrongCode");
        }
        assertThat(as(holder, () -> phones.myPhone())).isPresent();
        assertThat(as(prober, () -> phones.myPhone())).isEmpty();
    }

    /** Posts the login form and returns why it failed (null when it signed in). */
    private Object signIn(String username, String password, String address) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").header("Host", HOST).session(session).with(csrf()).with(r -> {
            r.setRemoteAddr(address);
            return r;
        }).param("username", username).param("password", password)).andReturn();
        return session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    private String verifiedPhone(SignedInUser user) {
        String phone = newPhoneNumber();
        as(user, () -> phones.startPhoneChange(phone));
        as(user, () -> phones.confirmPhoneChange(codeIn(sentTo(user.email())), codeIn(sentTo(phone))));
        return phone;
    }

    private OutboxEntry sentTo(String recipient) {
        return as(newOperator(CN), () -> outbox.recent(Pageable.ofSize(50)).getContent()).stream()
                .filter(e -> e.recipient().equals(recipient)).findFirst().orElseThrow();
    }

    private static String codeIn(OutboxEntry message) {
        Matcher code = Pattern.compile("(?<!\\d)(\\d{6})(?!\\d)").matcher(message.body());
        assertThat(code.find()).as(message.body()).isTrue();
        return code.group(1);
    }

    private static String newPhoneNumber() {
        return "+86137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    private static String someAddress() {
        return "10.88." + ThreadLocalRandom.current().nextInt(250) + "." + ThreadLocalRandom.current().nextInt(250) + "-" + UUID.randomUUID();
    }
}
