package org.billingcenter.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.billingcenter.invoice.InvoiceService;
import org.billingcenter.notification.Outbox;
import org.billingcenter.notification.OutboxEntry;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.identity.SystemIdentity;
import org.billingcenter.shared.tenancy.TenantContext;
import org.billingcenter.support.ApplicationTest;
import org.billingcenter.tenant.TenantDefinition.AccountKind;
import org.billingcenter.wallet.RechargeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/**
 * A sign-up whose e-mail is not confirmed is held back in the services themselves (not only on
 * screen): no recharge, no invitation or added member, no invoice request, until the link is used.
 */
class UnconfirmedAccountIsHeldBackTest extends ApplicationTest {

    @Autowired
    RechargeService recharges;
    @Autowired
    InvitationService invitations;
    @Autowired
    InvoiceService invoices;
    @Autowired
    UnconfirmedAccounts unconfirmed;
    @Autowired
    Outbox outbox;

    @Test
    void anUnconfirmedOwnerCannotRechargeInviteOrRequestInvoicesUntilTheLinkIsUsed() {
        String email = uniqueEmail("fresh");
        SignedInUser owner = signUpWithoutConfirming(INTL, email);

        assertHeldBack(owner, () -> recharges.startOnlineRecharge(new BigDecimal("50"), key()));
        assertHeldBack(owner, () -> recharges.recordRemittance(new BigDecimal("50"), "Payer", "REF-1", key()));
        assertHeldBack(owner, () -> invitations.invite(uniqueEmail("friend"), Role.FINANCE));
        assertHeldBack(owner, () -> accounts.addMember(new NewMember(uniqueEmail("direct"), PASSWORD, "Direct", Role.FINANCE)));
        assertHeldBack(owner, () -> invoices.request(List.of("BILL-1"), 1, 1));
        assertThat(as(owner, () -> confirmations.mustConfirmMyEmail())).isTrue();

        String token = linkSentTo(INTL, email, "confirm-email/");
        TenantContext.runAs(INTL, () -> confirmations.confirm(token));

        assertThat(as(owner, () -> recharges.startOnlineRecharge(new BigDecimal("50"), key())).checkoutUrl()).isNotBlank();
        as(owner, () -> invitations.invite(uniqueEmail("friend"), Role.FINANCE));
        assertThat(as(owner, () -> confirmations.mustConfirmMyEmail())).isFalse();
        assertThatThrownBy(() -> TenantContext.runAs(INTL, () -> confirmations.confirm(token)))
                .isInstanceOf(BusinessRuleException.class).hasMessageStartingWith("confirmEmail.notValid");
    }

    @Test
    void aConfirmationLinkWorksOnlyAtItsOwnTenant() {
        String email = uniqueEmail("elsewhere");
        signUpWithoutConfirming(INTL, email);
        String token = linkSentTo(INTL, email, "confirm-email/");
        assertThatThrownBy(() -> TenantContext.runAs(CN, () -> confirmations.confirm(token)))
                .isInstanceOf(BusinessRuleException.class).hasMessageStartingWith("confirmEmail.notValid");
        TenantContext.runAs(INTL, () -> confirmations.confirm(token));
    }

    @Test
    void aSignUpNeverConfirmedLapsesAndFreesTheAddress() {
        String lapsing = uniqueEmail("lapsing");
        String kept = uniqueEmail("kept");
        signUpWithoutConfirming(INTL, lapsing);
        SignedInUser confirmed = signUpWithoutConfirming(INTL, kept);
        TenantContext.runAs(INTL, () -> confirmations.confirm(linkSentTo(INTL, kept, "confirm-email/")));

        clock.advance(Duration.ofDays(8));
        SystemIdentity.callAsOperator(INTL, unconfirmed::expire);

        assertThat(TenantContext.callAs(INTL, () -> accounts.findSignIn(lapsing))).isEmpty();
        assertThat(TenantContext.callAs(INTL, () -> accounts.findSignIn(kept))).isPresent();
        assertThat(as(confirmed, () -> accounts.myAccount())).isNotNull();
        TenantContext.runAs(INTL, () -> accounts.signUp(new SignUp(lapsing, PASSWORD, "Real Owner", AccountKind.STANDARD, "Real Co")));
        assertThat(TenantContext.callAs(INTL, () -> accounts.findSignIn(lapsing))).isPresent();
    }

    private SignedInUser signUpWithoutConfirming(String tenant, String email) {
        TenantContext.runAs(tenant, () -> accounts.signUp(new SignUp(email, PASSWORD, "Owner", AccountKind.STANDARD, "Co of " + email)));
        return TenantContext.callAs(tenant, () -> signedIn(email));
    }

    private String linkSentTo(String tenant, String address, String route) {
        SignedInUser operator = newOperator(tenant);
        List<OutboxEntry> sent = as(operator, () -> outbox.recent(Pageable.ofSize(50)).getContent());
        OutboxEntry entry = sent.stream().filter(e -> e.recipient().equals(address)).findFirst().orElseThrow();
        Matcher link = Pattern.compile(Pattern.quote(route) + "([A-Za-z0-9_-]+)").matcher(entry.body());
        assertThat(link.find()).as(entry.body()).isTrue();
        return link.group(1);
    }

    private static void assertHeldBack(SignedInUser user, Runnable work) {
        assertThatThrownBy(() -> as(user, work)).isInstanceOf(BusinessRuleException.class)
                .hasMessageStartingWith("confirmEmail.required");
    }
}
