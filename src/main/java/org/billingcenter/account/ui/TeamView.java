package org.billingcenter.account.ui;

import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.billingcenter.account.InvitationService;
import org.billingcenter.account.TeamMember;
import org.billingcenter.account.TeamService;
import org.billingcenter.shared.identity.CurrentUser;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.ui.Forms;

/**
 * The account's team: members and their roles, and the invitations still open. The Owner and
 * Administrators select members and change their role, remove them, and invite people; an
 * Auditor reads the same page without any command. The services decide; buttons only follow.
 */
@Route("team")
@Menu(order = 70, title = "menu.team")
@RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.AUDITOR})
public class TeamView extends VerticalLayout implements HasDynamicTitle {

    private final TeamService team;
    private final TeamCommands commands;

    final Grid<TeamMember> members = new Grid<>();
    final Select<Role> newRole = new Select<>();
    final Button changeRole = new Button();
    final Button remove = new Button();
    final Button transfer = new Button();
    final InvitationsPanel invitations;

    public TeamView(TeamService team, InvitationService invitationService) {
        this.team = team;
        this.commands = new TeamCommands(this::getTranslation, this::reload);
        SignedInUser me = CurrentUser.require();
        boolean manager = me.has(Role.OWNER) || me.has(Role.ADMINISTRATOR);
        add(new H2(getTranslation("team.title")));

        members.setId("team-members");
        members.addColumn(TeamMember::displayName).setHeader(getTranslation("team.column.name")).setKey("name");
        members.addColumn(TeamMember::email).setHeader(getTranslation("team.column.email")).setKey("email");
        members.addColumn(m -> getTranslation("role." + m.role().name())).setHeader(getTranslation("team.column.role")).setKey("role");
        members.setSelectionMode(manager ? Grid.SelectionMode.MULTI : Grid.SelectionMode.NONE);
        add(members);
        if (manager) {
            add(memberCommands(me.has(Role.OWNER)));
        }
        invitations = new InvitationsPanel(invitationService, manager, me.has(Role.OWNER), commands);
        add(new H3(getTranslation("team.invitations")), invitations);
        reload();
    }

    private HorizontalLayout memberCommands(boolean owner) {
        newRole.setId("new-role");
        newRole.setLabel(getTranslation("team.newRole"));
        newRole.setItems(InvitationsPanel.grantable(owner));
        newRole.setItemLabelGenerator(role -> getTranslation("role." + role.name()));
        changeRole.setText(getTranslation("team.changeRole"));
        changeRole.setId("change-role");
        changeRole.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        changeRole.addClickListener(click -> {
            if (newRole.getValue() == null || members.getSelectedItems().isEmpty()) {
                Forms.notifyError(getTranslation("team.selectMembersAndRole"));
                return;
            }
            List<Long> ids = members.getSelectedItems().stream().map(TeamMember::id).toList();
            commands.run(() -> team.changeRoles(ids, newRole.getValue()), "team.rolesChanged");
        });
        remove.setText(getTranslation("team.remove"));
        remove.setId("remove-member");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        remove.addClickListener(click -> forSelected(member -> team.remove(member.id()), "team.removed"));
        transfer.setText(getTranslation("team.transfer"));
        transfer.setId("transfer-ownership");
        transfer.setVisible(owner);
        transfer.addClickListener(click -> {
            Set<TeamMember> selected = members.getSelectedItems();
            if (selected.size() != 1) {
                Forms.notifyError(getTranslation("team.selectOne"));
                return;
            }
            commands.run(() -> team.transferOwnership(selected.iterator().next().id()), "team.transferred");
        });
        HorizontalLayout bar = new HorizontalLayout(newRole, changeRole, remove, transfer);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    private void forSelected(java.util.function.Consumer<TeamMember> action, String doneKey) {
        if (members.getSelectedItems().isEmpty()) {
            Forms.notifyError(getTranslation("team.selectMembersAndRole"));
            return;
        }
        List<TeamMember> selected = List.copyOf(members.getSelectedItems());
        commands.run(() -> selected.forEach(action), doneKey);
    }

    private void reload() {
        members.deselectAll();
        members.setItems(team.members());
        invitations.reload();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("team.title");
    }
}
