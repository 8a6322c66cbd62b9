package org.billingcenter.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.EmailAddresses;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Addresses built to make a backtracking pattern take hours (a long run of label characters and
 * dots that almost matches), typed where the portal takes an e-mail: inviting a team member and
 * changing one's sign-in e-mail. The old patterns needed time growing with the square of the length
 * on these; now the length is checked first and the pattern matches in one pass. Each is refused.
 */
class AdversarialEmailAddressesTest extends ApplicationTest {

    @Autowired
    InvitationService invitations;

    @Autowired
    SignInSecurityService signInSecurity;

    static final List<String> HOSTILE = List.of(
            "a@" + "a.".repeat(200_000) + "@",
            "a@" + "a".repeat(400_000) + "!",
            "x".repeat(300_000) + "@example.com",
            "a@b." + "c".repeat(70),
            "a@.example.com",
            "a@example.");

    @Test
    void anOwnerInvitingAHostileAddressIsRefusedAsNotAnEmail() {
        SignedInUser owner = newOwner(INTL);
        for (String address : HOSTILE) {
            assertThatThrownBy(() -> as(owner, () -> invitations.invite(address, Role.MEMBER)))
                    .as(address.substring(0, Math.min(20, address.length()))).isInstanceOf(BusinessRuleException.class)
                    .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo("validation.email");
        }
        assertThat(as(owner, () -> invitations.invite(uniqueEmail("colleague"), Role.MEMBER))).isNotNull();
    }

    @Test
    void changingOnesSignInEmailToAHostileAddressIsRefused() {
        SignedInUser owner = newOwner(INTL);
        for (String address : HOSTILE) {
            assertThatThrownBy(() -> as(owner, () -> signInSecurity.startEmailChange(address)))
                    .isInstanceOf(BusinessRuleException.class)
                    .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo("validation.email");
        }
    }

    @Test
    void ordinaryAddressesArePlausible() {
        assertThat(EmailAddresses.isPlausible("li.qiang+billing@example.com.cn")).isTrue();
        assertThat(EmailAddresses.isPlausible("张敏@例子.中国")).isTrue();
        assertThat(EmailAddresses.isPlausible("no-at-sign.example.com")).isFalse();
        assertThat(EmailAddresses.isPlausible("two@at@example.com")).isFalse();
        assertThat(EmailAddresses.isPlausible("spaced out@example.com")).isFalse();
    }
}
