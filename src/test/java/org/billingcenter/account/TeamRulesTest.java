package org.billingcenter.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Who may change whom: Administrators look after ordinary roles, the Owner after Administrators, and an Owner always remains. */
class TeamRulesTest extends ApplicationTest {

    @Autowired
    TeamService team;
    @Autowired
    InvitationService invitations;

    @Test
    void anAdministratorCannotMakeOrUnmakeAdministrators() {
        SignedInUser owner = newOwner(INTL);
        SignedInUser admin = newMember(owner, Role.ADMINISTRATOR);
        SignedInUser otherAdmin = newMember(owner, Role.ADMINISTRATOR);
        SignedInUser member = newMember(owner, Role.MEMBER);

        assertThatThrownBy(() -> as(admin, () -> team.changeRoles(List.of(id(owner, member)), Role.ADMINISTRATOR)))
                .hasMessageContaining("team.roleNotGrantable");
        assertThatThrownBy(() -> as(admin, () -> team.changeRoles(List.of(id(owner, otherAdmin)), Role.MEMBER)))
                .hasMessageContaining("team.onlyOwnerChangesAdministrators");
        assertThatThrownBy(() -> as(admin, () -> team.remove(id(owner, otherAdmin))))
                .hasMessageContaining("team.onlyOwnerChangesAdministrators");
        assertThatThrownBy(() -> as(admin, () -> invitations.invite(uniqueEmail("x"), Role.ADMINISTRATOR)))
                .hasMessageContaining("team.roleNotGrantable");
        assertThatThrownBy(() -> as(admin, () -> team.transferOwnership(id(owner, admin)))).isInstanceOf(AccessDeniedException.class);

        as(admin, () -> team.changeRoles(List.of(id(owner, member)), Role.FINANCE));
        as(owner, () -> team.changeRoles(List.of(id(owner, otherAdmin)), Role.MEMBER));
        assertThat(roleOf(owner, member)).isEqualTo(Role.FINANCE);
        assertThat(roleOf(owner, otherAdmin)).isEqualTo(Role.MEMBER);
    }

    @Test
    void theLastOwnerCannotLeaveOrBeDemoted() {
        SignedInUser owner = newOwner(INTL);
        assertThatThrownBy(() -> as(owner, () -> team.leave())).hasMessageContaining("team.lastOwner");
        assertThatThrownBy(() -> as(owner, () -> team.changeRoles(List.of(id(owner, owner)), Role.ADMINISTRATOR)))
                .hasMessageContaining("team.lastOwner");
        assertThatThrownBy(() -> as(owner, () -> team.remove(id(owner, owner)))).hasMessageContaining("team.lastOwner");
        assertThat(roleOf(owner, owner)).isEqualTo(Role.OWNER);
    }

    @Test
    void theOwnerTransfersOwnershipAndStaysAsAdministrator() {
        SignedInUser owner = newOwner(INTL);
        SignedInUser admin = newMember(owner, Role.ADMINISTRATOR);
        as(owner, () -> team.transferOwnership(id(owner, admin)));
        assertThat(roleOf(admin, admin)).isEqualTo(Role.OWNER);
        assertThat(roleOf(admin, owner)).isEqualTo(Role.ADMINISTRATOR);
        // The former Owner's session still says OWNER, but the database decides.
        assertThatThrownBy(() -> as(owner, () -> team.transferOwnership(id(admin, owner)))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void membersOfAnotherAccountCannotBeTouched() {
        SignedInUser owner = newOwner(INTL);
        SignedInUser otherOwner = newOwner(INTL);
        SignedInUser stranger = newMember(otherOwner, Role.MEMBER);
        long strangersMembership = id(otherOwner, stranger);
        assertThatThrownBy(() -> as(owner, () -> team.remove(strangersMembership))).hasMessageContaining("team.memberNotFound");
        assertThatThrownBy(() -> as(owner, () -> team.changeRoles(List.of(strangersMembership), Role.FINANCE)))
                .hasMessageContaining("team.memberNotFound");
        assertThat(roleOf(otherOwner, stranger)).isEqualTo(Role.MEMBER);
    }

    @Test
    void financeAndMembersDoNotManageTheTeam() {
        SignedInUser owner = newOwner(INTL);
        SignedInUser finance = newMember(owner, Role.FINANCE);
        assertThatThrownBy(() -> as(finance, () -> team.members())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(finance, () -> invitations.invite(uniqueEmail("x"), Role.MEMBER)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private long id(SignedInUser reader, SignedInUser who) {
        return as(reader, () -> team.members()).stream().filter(m -> m.email().equals(who.email())).findFirst().orElseThrow().id();
    }

    private Role roleOf(SignedInUser reader, SignedInUser who) {
        return as(reader, () -> team.members()).stream().filter(m -> m.email().equals(who.email())).findFirst().orElseThrow().role();
    }
}
