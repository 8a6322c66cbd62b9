package org.billingcenter.account.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

import org.billingcenter.account.TeamMember;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.support.Views;
import org.billingcenter.wallet.ui.WalletView;
import org.junit.jupiter.api.Test;

/** An Administrator invites someone by e-mail; they follow the link, join as Finance and see money but not the team. */
class InviteToTeamTest extends TeamUiTest {

    @Test
    void anInviteeJoinsAsFinanceAndSeesTheWalletButNotTheTeam() {
        SignedInUser owner = newOwner(INTL);
        SignedInUser admin = newMember(owner, Role.ADMINISTRATOR);
        String email = uniqueEmail("finance");
        signIn(admin);
        navigate("team");
        type(EmailField.class, "invite-email", email);
        @SuppressWarnings("unchecked")
        Select<Role> role = find(Select.class, "invite-role");
        role.setValue(Role.FINANCE);
        click("send-invitation");
        assertThat(notifications()).contains("Invitation sent.");
        assertThat(GridKt._getFormattedRow(find(Grid.class, "team-invitations"), 0)).contains(email, "Finance", "Pending");

        String token = invitationTokenSentTo(INTL, email);
        newBrowser(INTL);
        navigate("invitation/" + token);
        assertThat(find(Paragraph.class, "invitation-offer").getText()).contains("Company of", "Finance", email);
        type(TextField.class, "display-name", "Fay Finance");
        type(PasswordField.class, "password", PASSWORD);
        type(PasswordField.class, "confirm-password", PASSWORD);
        click("accept-invitation");
        assertThat(notifications()).contains("You joined the team. Sign in to continue.");

        SignedInUser joined = org.billingcenter.shared.tenancy.TenantContext.callAs(INTL, () -> signedIn(email));
        assertThat(joined.roles()).containsExactly(Role.FINANCE);
        assertThat(joined.accountId()).isEqualTo(admin.accountId());
        switchTo(joined);
        navigate("wallet");
        assertThat(Views.current()).isInstanceOf(WalletView.class);
        assertThatThrownBy(() -> navigate("team")).isInstanceOf(MockAccessDeniedException.class);

        assertThat(as(owner, () -> team.members())).extracting(TeamMember::email, TeamMember::role).contains(
                org.assertj.core.groups.Tuple.tuple(email, Role.FINANCE));
    }

    @Test
    void aLinkWorksOnceAndNotAfterItWasResentOrRevoked() {
        SignedInUser owner = newOwner(INTL);
        String email = uniqueEmail("member");
        var invitation = as(owner, () -> invitations.invite(email, Role.MEMBER));
        String first = invitationTokenSentTo(INTL, email);
        as(owner, () -> invitations.resend(invitation.id()));
        String second = invitationTokenSentTo(INTL, email);
        assertThat(second).isNotEqualTo(first);

        newBrowser(INTL);
        navigate("invitation/" + first);
        assertThat(find(Paragraph.class, "invitation-not-valid").getText()).contains("no longer valid");

        as(owner, () -> invitations.revoke(invitation.id()));
        navigate("invitation/" + second);
        assertThat(find(Paragraph.class, "invitation-not-valid").getText()).contains("no longer valid");
    }

    @Test
    void anExpiredLinkNoLongerWorks() {
        SignedInUser owner = newOwner(INTL);
        String email = uniqueEmail("late");
        as(owner, () -> invitations.invite(email, Role.MEMBER));
        String token = invitationTokenSentTo(INTL, email);
        clock.advance(java.time.Duration.ofDays(8));
        newBrowser(INTL);
        navigate("invitation/" + token);
        assertThat(find(Paragraph.class, "invitation-not-valid").getText()).contains("no longer valid");
        assertThat(as(owner, () -> invitations.pending())).extracting(p -> p.status().name()).containsExactly("EXPIRED");
    }

    @Test
    void someoneWhoAlreadySignsInHereConfirmsWithTheirPassword() {
        SignedInUser owner = newOwner(INTL);
        SignedInUser leaver = newMember(newOwner(INTL), Role.MEMBER);
        as(leaver, () -> team.leave());
        as(owner, () -> invitations.invite(leaver.email(), Role.AUDITOR));
        String token = invitationTokenSentTo(INTL, leaver.email());

        newBrowser(INTL);
        navigate("invitation/" + token);
        com.github.mvysny.kaributesting.v10.LocatorJ._assertNone(TextField.class, s -> s.withId("display-name"));
        type(PasswordField.class, "password", "not the password");
        click("accept-invitation");
        assertThat(find(PasswordField.class, "password").isInvalid()).isTrue();
        type(PasswordField.class, "password", PASSWORD);
        click("accept-invitation");

        SignedInUser rejoined = org.billingcenter.shared.tenancy.TenantContext.callAs(INTL, () -> signedIn(leaver.email()));
        assertThat(rejoined.roles()).containsExactly(Role.AUDITOR);
        assertThat(rejoined.accountId()).isEqualTo(owner.accountId());
    }
}
