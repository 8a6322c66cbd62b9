package org.billingcenter.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

import org.billingcenter.notification.Outbox;
import org.billingcenter.notification.OutboxEntry;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.support.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/** On the profile page, a person sets their phone number with the codes sent to them, and is told what is wrong. */
class ChangePhoneTest extends UiTest {

    @Autowired
    Outbox outbox;

    @Test
    void thePhoneIsChangedWithBothCodesAfterBadInputIsExplained() {
        SignedInUser owner = newOwner(INTL);
        signIn(owner);
        navigate("profile");
        assertThat(find(Paragraph.class, "current-phone").getText()).isEqualTo("No phone number yet.");

        type(TextField.class, "new-phone", "call me maybe");
        click("send-phone-codes");
        assertThat(find(TextField.class, "new-phone").getErrorMessage())
                .isEqualTo("Enter a phone number: digits, spaces, brackets or dashes, optionally starting with +.");
        _assertNone(TextField.class, s -> s.withId("new-phone-code"));

        String phone = "+1206555" + String.format("%04d", (int) (Math.random() * 10_000));
        type(TextField.class, "new-phone", phone.substring(0, 2) + " " + phone.substring(2, 5) + "-" + phone.substring(5));
        click("send-phone-codes");
        assertThat(notifications()).contains("Codes sent: one to your sign-in e-mail and one to the new phone.");
        assertThat(find(Paragraph.class, "phone-change-pending").getText()).contains(phone).contains("5 attempts left");
        assertThat(find(TextField.class, "old-phone-code").getLabel()).isEqualTo("Code sent to your sign-in e-mail");

        type(TextField.class, "old-phone-code", "000000");
        type(TextField.class, "new-phone-code", "000000");
        click("confirm-phone-change");
        assertThat(find(TextField.class, "new-phone-code").getErrorMessage()).isEqualTo("The codes are not right; 4 attempts left.");

        type(TextField.class, "old-phone-code", codeSentTo(owner.email()));
        type(TextField.class, "new-phone-code", codeSentTo(phone));
        click("confirm-phone-change");
        assertThat(notifications()).contains("Phone number changed.");
        assertThat(find(Paragraph.class, "current-phone").getText()).isEqualTo("Current phone: +12*******" + phone.substring(phone.length() - 2));
        _assertNone(TextField.class, s -> s.withId("new-phone-code"));
    }

    @Test
    void tooManyWrongCodesEndTheChangeAndSaySo() {
        SignedInUser owner = newOwner(INTL);
        signIn(owner);
        navigate("profile");
        type(TextField.class, "new-phone", "+44 20 7946 " + String.format("%04d", (int) (Math.random() * 10_000)));
        click("send-phone-codes");
        for (int i = 0; i < 5; i++) {
            type(TextField.class, "old-phone-code", "111111");
            type(TextField.class, "new-phone-code", "222222");
            click("confirm-phone-change");
        }
        _assertNone(TextField.class, s -> s.withId("new-phone-code"));
        assertThat(find(TextField.class, "new-phone").getErrorMessage())
                .isEqualTo("Too many wrong codes; this change has ended. Send new codes to try again.");
        assertThat(find(Paragraph.class, "current-phone").getText()).isEqualTo("No phone number yet.");
    }

    private String codeSentTo(String recipient) {
        SignedInUser operator = newOperator(INTL);
        OutboxEntry message = as(operator, () -> outbox.recent(Pageable.ofSize(50)).getContent()).stream()
                .filter(e -> e.recipient().equals(recipient)).findFirst().orElseThrow();
        Matcher code = Pattern.compile(": (\\d{6})\\.").matcher(message.body());
        assertThat(code.find()).isTrue();
        return code.group(1);
    }
}
