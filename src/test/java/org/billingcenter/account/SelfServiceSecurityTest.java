package org.billingcenter.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.billingcenter.notification.Outbox;
import org.billingcenter.notification.OutboxEntry;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.support.ApplicationTest;
import org.billingcenter.tenant.TenantDefinition.SettlementMethod;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Changing the sign-in e-mail needs both codes, with few attempts; cloud accounts follow the tenant and announce their end. */
@RecordApplicationEvents
class SelfServiceSecurityTest extends ApplicationTest {

    @Autowired
    SignInSecurityService security;
    @Autowired
    CloudAccountService cloud;
    @Autowired
    Outbox outbox;
    @Autowired
    ApplicationEvents events;

    @Test
    void theSignInEmailChangesOnlyWithBothCodes() {
        SignedInUser owner = newOwner(INTL);
        String newEmail = uniqueEmail("new");
        as(owner, () -> security.startEmailChange(newEmail));
        String oldCode = codeSentTo(owner.email());
        String newCode = codeSentTo(newEmail);

        assertRefused(owner, () -> security.confirmEmailChange(oldCode, oldCode), "contact.wrongCode [4]");
        as(owner, () -> security.confirmEmailChange(oldCode, newCode));

        assertThat(accounts.findSignIn(newEmail)).isEmpty(); // outside the tenant
        assertThat(org.billingcenter.shared.tenancy.TenantContext.callAs(INTL, () -> accounts.findSignIn(newEmail))).isPresent();
        assertThat(org.billingcenter.shared.tenancy.TenantContext.callAs(INTL, () -> accounts.findSignIn(owner.email()))).isEmpty();
    }

    @Test
    void fiveWrongAttemptsEndTheChangeEvenWithTheRightCodesAfterwards() {
        SignedInUser owner = newOwner(INTL);
        String newEmail = uniqueEmail("new");
        as(owner, () -> security.startEmailChange(newEmail));
        String oldCode = codeSentTo(owner.email());
        String newCode = codeSentTo(newEmail);
        for (int i = 0; i < 4; i++) {
            assertRefused(owner, () -> security.confirmEmailChange("000000", "000000"), "contact.wrongCode");
        }
        assertRefused(owner, () -> security.confirmEmailChange("000000", "000000"), "contact.tooManyAttempts");
        assertRefused(owner, () -> security.confirmEmailChange(oldCode, newCode), "contact.noPendingChange");
    }

    @Test
    void codesLapseAfterFifteenMinutes() {
        SignedInUser owner = newOwner(INTL);
        String newEmail = uniqueEmail("new");
        as(owner, () -> security.startEmailChange(newEmail));
        String oldCode = codeSentTo(owner.email());
        String newCode = codeSentTo(newEmail);
        clock.advance(Duration.ofMinutes(16));
        assertRefused(owner, () -> security.confirmEmailChange(oldCode, newCode), "contact.codesExpired");
    }

    @Test
    void anEmailInUseCannotBeTaken() {
        SignedInUser owner = newOwner(INTL);
        SignedInUser other = newOwner(INTL);
        assertRefused(owner, () -> security.startEmailChange(other.email()), "contact.emailTaken");
        assertRefused(owner, () -> security.startEmailChange("no-at-sign"), "validation.email");
    }

    @Test
    void cloudAccountsFollowTheTenantAndTheirEndIsPublished() {
        SignedInUser owner = newOwner(CN);
        assertThat(as(owner, () -> cloud.providers())).containsExactly(SettlementMethod.ALIBABA_CLOUD, SettlementMethod.HUAWEI_CLOUD);
        assertRefused(owner, () -> cloud.bind(SettlementMethod.AWS, "123456789012", "sub-1"), "cloud.providerNotOffered");
        assertRefused(owner, () -> cloud.bind(SettlementMethod.ALIBABA_CLOUD, " ", "sub-1"), "cloud.accountIdRequired");
        String subscription = "ali-" + key();
        CloudAccountDetails bound = as(owner, () -> cloud.bind(SettlementMethod.ALIBABA_CLOUD, "1588000000000001", subscription));
        assertRefused(owner, () -> cloud.bind(SettlementMethod.ALIBABA_CLOUD, "1588000000000002", subscription), "cloud.subscriptionTaken");

        SignedInUser member = newMember(owner, Role.MEMBER);
        assertThat(as(member, () -> cloud.active())).as("settles nothing before staff confirm it").isEmpty();
        as(newOperator(CN), () -> cloud.confirm(bound.id(), "subscription checked"));
        assertThat(as(member, () -> cloud.active())).extracting(CloudAccountDetails::id).containsExactly(bound.id());
        assertThatThrownBy(() -> as(member, () -> cloud.bind(SettlementMethod.ALIBABA_CLOUD, "1", "2")))
                .isInstanceOf(AccessDeniedException.class);

        as(newOperator(CN), () -> cloud.expire(bound.id()));
        assertThat(events.stream(CloudSubscriptionEnded.class)).anySatisfy(event -> {
            assertThat(event.cloudAccountId()).isEqualTo(bound.id());
            assertThat(event.status()).isEqualTo(CloudAccountStatus.EXPIRED);
            assertThat(event.accountId()).isEqualTo(owner.accountId());
        });
        assertThat(as(member, () -> cloud.active())).isEmpty();
        assertRefused(owner, () -> cloud.close(bound.id()), "cloud.alreadyEnded");
    }

    private String codeSentTo(String address) {
        SignedInUser operator = newOperator(INTL);
        List<OutboxEntry> sent = as(operator, () -> outbox.recent(Pageable.ofSize(50)).getContent());
        OutboxEntry entry = sent.stream().filter(e -> e.recipient().equals(address)).findFirst().orElseThrow();
        // The message to the old address names the new one, whose random part may hold six digits.
        Matcher code = Pattern.compile("(?:code|e-mail): (\\d{6})").matcher(entry.body());
        assertThat(code.find()).isTrue();
        return code.group(1);
    }

    private static void assertRefused(SignedInUser user, Runnable work, String key) {
        assertThatThrownBy(() -> as(user, work)).isInstanceOf(BusinessRuleException.class).hasMessageStartingWith(key);
    }
}
