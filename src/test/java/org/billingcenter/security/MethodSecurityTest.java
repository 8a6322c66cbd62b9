package org.billingcenter.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.billingcenter.account.AccountProfile;
import org.billingcenter.audit.AuditService;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.money.Money;
import org.billingcenter.shared.tenancy.TenantContext;
import org.billingcenter.support.ApplicationTest;
import org.billingcenter.wallet.WalletService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** Services check roles themselves: calling them directly, without the UI, meets the same rules. */
class MethodSecurityTest extends ApplicationTest {

    @Autowired
    WalletService wallet;
    @Autowired
    AuditService audit;

    @Test
    void nobodySignedInIsRefused() {
        TenantContext.runAs(INTL, () -> {
            assertThatThrownBy(() -> wallet.overview()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
            assertThatThrownBy(() -> accounts.myAccount()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        });
    }

    @Test
    void aMemberSeesNoMoneyAndChangesNoProfile() {
        SignedInUser member = newMember(newOwner(INTL), Role.MEMBER);
        assertThatThrownBy(() -> as(member, () -> wallet.overview())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(member, () -> accounts.updateProfile(new AccountProfile("x", null, null, null, null, null, null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(member, () -> audit.historyOf(Object.class, 1L))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void customersCannotDoWhatOnlyStaffMay() {
        SignedInUser owner = newOwner(INTL);
        long accountId = accountOf(owner).id();
        assertThatThrownBy(() -> as(owner, () -> wallet.grantCredit(accountId, Money.of("100", "USD"), "free money", key())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anAuditorReadsButDoesNotChange() {
        SignedInUser auditor = newMember(newOwner(INTL), Role.AUDITOR);
        as(auditor, () -> wallet.overview());
        assertThatThrownBy(() -> as(auditor, () -> accounts.updateProfile(new AccountProfile("x", null, null, null, null, null, null))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyTheOwnerAppointsAdministrators() {
        SignedInUser admin = newMember(newOwner(INTL), Role.ADMINISTRATOR);
        assertThatThrownBy(() -> newMember(admin, Role.ADMINISTRATOR))
                .hasMessageContaining("team.roleNotGrantable");
    }
}
