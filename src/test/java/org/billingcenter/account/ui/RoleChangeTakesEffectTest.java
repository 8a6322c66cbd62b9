package org.billingcenter.account.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;

import org.billingcenter.account.TeamMember;
import org.billingcenter.dashboard.DashboardView;
import org.billingcenter.shared.identity.CurrentUser;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.support.Views;
import org.junit.jupiter.api.Test;

/** Role changes apply to sessions that are already open, from their next request on. */
class RoleChangeTakesEffectTest extends TeamUiTest {

    @Test
    void aDemotedAdministratorsOpenSessionLosesTheTeamPage() {
        SignedInUser owner = newOwner(INTL);
        SignedInUser admin = newMember(owner, Role.ADMINISTRATOR);
        SignedInUser member = newMember(owner, Role.MEMBER);
        signIn(admin);
        navigate("team");

        // Meanwhile, at the Owner's desk:
        long adminMembership = memberId(owner, admin.email());
        as(owner, () -> team.changeRoles(List.of(adminMembership), Role.MEMBER));

        // The page the demoted person still has open refuses their command...
        @SuppressWarnings("unchecked")
        Grid<TeamMember> grid = find(Grid.class, "team-members");
        grid.select(GridKt._get(grid, 2));
        @SuppressWarnings("unchecked")
        Select<Role> newRole = find(Select.class, "new-role");
        newRole.setValue(Role.FINANCE);
        click("change-role");
        assertThat(notifications()).anyMatch(text -> text.contains("Your role in this account has changed"));
        assertThat(Views.current()).isInstanceOf(DashboardView.class);
        assertThat(as(owner, () -> team.members())).filteredOn(m -> m.email().equals(member.email()))
                .extracting(TeamMember::role).containsExactly(Role.MEMBER);

        // ...and from the next request on, the session holds the new role everywhere.
        nextRequest();
        assertThat(CurrentUser.require().roles()).containsExactly(Role.MEMBER);
        assertThatThrownBy(() -> navigate("team")).isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> navigate("wallet")).isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void aRemovedMembersSessionKeepsNoAccountAccess() {
        SignedInUser owner = newOwner(INTL);
        SignedInUser finance = newMember(owner, Role.FINANCE);
        signIn(finance);
        navigate("wallet");

        as(owner, () -> team.remove(memberId(owner, finance.email())));
        nextRequest();
        assertThat(CurrentUser.require().accountId()).isNull();
        assertThat(CurrentUser.require().roles()).isEmpty();
        assertThatThrownBy(() -> navigate("wallet")).isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void theOwnerChangesTheRolesOfSeveralSelectedMembersAtOnce() {
        SignedInUser owner = newOwner(INTL);
        SignedInUser one = newMember(owner, Role.MEMBER);
        SignedInUser two = newMember(owner, Role.AUDITOR);
        signIn(owner);
        navigate("team");
        @SuppressWarnings("unchecked")
        Grid<TeamMember> grid = find(Grid.class, "team-members");
        grid.select(GridKt._get(grid, 1));
        grid.select(GridKt._get(grid, 2));
        @SuppressWarnings("unchecked")
        Select<Role> newRole = find(Select.class, "new-role");
        newRole.setValue(Role.FINANCE);
        click("change-role");

        assertThat(notifications()).contains("Roles changed.");
        assertThat(GridKt._getFormattedRow(grid, 1)).contains(one.email(), "Finance");
        assertThat(GridKt._getFormattedRow(grid, 2)).contains(two.email(), "Finance");
    }

    private long memberId(SignedInUser owner, String email) {
        return as(owner, () -> team.members()).stream().filter(m -> m.email().equals(email)).findFirst().orElseThrow().id();
    }
}
