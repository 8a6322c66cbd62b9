package org.billingcenter.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.billingcenter.notification.Outbox;
import org.billingcenter.notification.OutboxChannel;
import org.billingcenter.notification.OutboxEntry;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/** A phone number changes only with the code to the old contact and the code texted to the new phone. */
class PhoneChangeTest extends ApplicationTest {

    @Autowired
    PhoneChangeService phones;
    @Autowired
    Outbox outbox;

    @Test
    void aFirstPhoneIsConfirmedByTheSignInEmailAndATextToThePhone() {
        SignedInUser owner = newOwner(CN);
        String phone = newPhoneNumber();
        PendingPhoneChange pending = as(owner, () -> phones.startPhoneChange(spacedOut(phone)));
        assertThat(pending.newPhone()).isEqualTo(phone);
        assertThat(pending.oldCodeByEmail()).isTrue();

        OutboxEntry text = sentTo(CN, phone);
        assertThat(text.channel()).isEqualTo(OutboxChannel.SMS);
        assertThat(sentTo(CN, owner.email()).channel()).isEqualTo(OutboxChannel.EMAIL);
        as(owner, () -> phones.confirmPhoneChange(codeIn(sentTo(CN, owner.email())), codeIn(text)));

        assertThat(as(owner, () -> phones.myPhone())).contains(PhoneNumbers.masked(phone));
        assertThat(PhoneNumbers.masked(phone)).startsWith(phone.substring(0, 3)).endsWith(phone.substring(phone.length() - 2))
                .contains("*****");
        assertThat(as(owner, () -> phones.pendingPhoneChange())).isEmpty();
    }

    @Test
    void aChangeFromAPhoneTextsTheOldPhone() {
        SignedInUser owner = newOwner(CN);
        String first = withPhone(owner);
        String second = newPhoneNumber();
        PendingPhoneChange pending = as(owner, () -> phones.startPhoneChange(second));
        assertThat(pending.oldCodeByEmail()).isFalse();
        OutboxEntry toOld = sentTo(CN, first);
        assertThat(toOld.channel()).isEqualTo(OutboxChannel.SMS);
        assertThat(toOld.body()).doesNotContain(second);

        assertRefused(owner, () -> phones.confirmPhoneChange(codeIn(sentTo(CN, second)), codeIn(toOld)), "contact.wrongCode [4]");
        as(owner, () -> phones.confirmPhoneChange(codeIn(toOld), codeIn(sentTo(CN, second))));
        assertThat(as(owner, () -> phones.myPhone())).contains(PhoneNumbers.masked(second));
    }

    @Test
    void badNumbersAreRefused() {
        SignedInUser owner = newOwner(CN);
        for (String bad : new String[] {"", "  ", "abc", "12345", "+86 138 0000 0000 0000", "138-0000-000x", "++8613800000000"}) {
            assertRefused(owner, () -> phones.startPhoneChange(bad), "validation.phone");
        }
        String mine = withPhone(owner);
        assertRefused(owner, () -> phones.startPhoneChange(mine), "contact.phoneUnchanged");
        SignedInUser other = newOwner(CN);
        assertRefused(other, () -> phones.confirmPhoneChange("000000", "000000"), "contact.noPendingPhoneChange");
    }

    @Test
    void fiveWrongAttemptsEndTheChange() {
        SignedInUser owner = newOwner(CN);
        String phone = newPhoneNumber();
        as(owner, () -> phones.startPhoneChange(phone));
        String oldCode = codeIn(sentTo(CN, owner.email()));
        String newCode = codeIn(sentTo(CN, phone));
        for (int i = 4; i > 0; i--) {
            assertRefused(owner, () -> phones.confirmPhoneChange("000000", "000000"), "contact.wrongCode");
        }
        assertRefused(owner, () -> phones.confirmPhoneChange("000000", "000000"), "contact.tooManyAttempts");
        assertRefused(owner, () -> phones.confirmPhoneChange(oldCode, newCode), "contact.noPendingPhoneChange");
        assertThat(as(owner, () -> phones.myPhone())).isEmpty();
    }

    @Test
    void codesLapseAfterFifteenMinutes() {
        SignedInUser owner = newOwner(CN);
        String phone = newPhoneNumber();
        as(owner, () -> phones.startPhoneChange(phone));
        String oldCode = codeIn(sentTo(CN, owner.email()));
        String newCode = codeIn(sentTo(CN, phone));
        clock.advance(Duration.ofMinutes(16));
        assertRefused(owner, () -> phones.confirmPhoneChange(oldCode, newCode), "contact.codesExpired");
        assertThat(as(owner, () -> phones.myPhone())).isEmpty();
    }

    @Test
    void anotherPersonsCodesChangeNothingOfMine() {
        SignedInUser owner = newOwner(CN);
        SignedInUser other = newOwner(CN);
        String phone = newPhoneNumber();
        as(owner, () -> phones.startPhoneChange(phone));
        String oldCode = codeIn(sentTo(CN, owner.email()));
        String newCode = codeIn(sentTo(CN, phone));
        assertRefused(other, () -> phones.confirmPhoneChange(oldCode, newCode), "contact.noPendingPhoneChange");
        assertThat(as(other, () -> phones.myPhone())).isEmpty();
        as(owner, () -> phones.confirmPhoneChange(oldCode, newCode));
        assertThat(as(owner, () -> phones.myPhone())).isPresent();
    }

    /** Gives the person a phone number through a completed change. */
    private String withPhone(SignedInUser user) {
        String phone = newPhoneNumber();
        as(user, () -> phones.startPhoneChange(phone));
        as(user, () -> phones.confirmPhoneChange(codeIn(sentTo(user.tenantId(), user.email())), codeIn(sentTo(user.tenantId(), phone))));
        return phone;
    }

    static String newPhoneNumber() {
        return "+86139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    private static String spacedOut(String phone) {
        return " " + phone.substring(0, 3) + " (" + phone.substring(3, 6) + ") " + phone.substring(6, 10) + "-" + phone.substring(10) + " ";
    }

    private OutboxEntry sentTo(String tenant, String recipient) {
        SignedInUser operator = newOperator(tenant);
        return as(operator, () -> outbox.recent(Pageable.ofSize(50)).getContent()).stream()
                .filter(e -> e.recipient().equals(recipient)).findFirst().orElseThrow();
    }

    static String codeIn(OutboxEntry message) {
        Matcher code = Pattern.compile(": (\\d{6})\\.").matcher(message.body());
        assertThat(code.find()).as(message.body()).isTrue();
        return code.group(1);
    }

    private static void assertRefused(SignedInUser user, Runnable work, String key) {
        assertThatThrownBy(() -> as(user, work)).isInstanceOf(BusinessRuleException.class).hasMessageStartingWith(key);
    }
}
