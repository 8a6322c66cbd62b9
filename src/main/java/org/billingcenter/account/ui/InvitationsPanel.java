package org.billingcenter.account.ui;

import java.util.EnumSet;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;

import org.billingcenter.account.InvitationService;
import org.billingcenter.account.PendingInvitation;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.ui.Forms;

/** Open invitations with resend and revoke, and the form that sends a new one. */
class InvitationsPanel extends VerticalLayout {

    final Grid<PendingInvitation> grid = new Grid<>();
    final EmailField email = new EmailField();
    final Select<Role> role = new Select<>();
    final Button invite = new Button();
    final Button resend = new Button();
    final Button revoke = new Button();

    private final InvitationService invitations;

    InvitationsPanel(InvitationService invitations, boolean manager, boolean owner, TeamCommands commands) {
        this.invitations = invitations;
        setPadding(false);
        grid.setId("team-invitations");
        grid.addColumn(PendingInvitation::email).setHeader(getTranslation("team.column.email")).setKey("email");
        grid.addColumn(i -> getTranslation("role." + i.role().name())).setHeader(getTranslation("team.column.role")).setKey("role");
        grid.addColumn(i -> getTranslation("invitation.status." + i.status().name())).setHeader(getTranslation("team.column.status"))
                .setKey("status");
        grid.addColumn(i -> i.expiresAt().toString().replace('T', ' ').replaceFirst("\\..*|Z$", "") + " UTC")
                .setHeader(getTranslation("team.column.expires")).setKey("expires");
        grid.setEmptyStateText(getTranslation("team.noInvitations"));
        grid.setAllRowsVisible(true);
        add(grid);
        if (!manager) {
            return;
        }
        resend.setText(getTranslation("team.resend"));
        resend.setId("resend-invitation");
        resend.addClickListener(click -> grid.asSingleSelect().getOptionalValue()
                .ifPresent(i -> commands.run(() -> invitations.resend(i.id()), "team.invitationResent")));
        revoke.setText(getTranslation("team.revoke"));
        revoke.setId("revoke-invitation");
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        revoke.addClickListener(click -> grid.asSingleSelect().getOptionalValue()
                .ifPresent(i -> commands.run(() -> invitations.revoke(i.id()), "team.invitationRevoked")));

        email.setLabel(getTranslation("team.inviteEmail"));
        email.setId("invite-email");
        role.setLabel(getTranslation("team.inviteRole"));
        role.setId("invite-role");
        role.setItems(grantable(owner));
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        role.setValue(Role.MEMBER);
        invite.setText(getTranslation("team.invite"));
        invite.setId("send-invitation");
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Forms.clearErrorOnEdit(email);
        invite.addClickListener(click -> {
            if (email.getValue().isBlank() || email.isInvalid()) {
                Forms.showError(email, getTranslation(email.getValue().isBlank() ? "validation.required" : "validation.email"));
                return;
            }
            if (commands.run(() -> invitations.invite(email.getValue(), role.getValue()), "team.invitationSent")) {
                email.clear();
            }
        });
        HorizontalLayout rowCommands = new HorizontalLayout(resend, revoke);
        HorizontalLayout form = new HorizontalLayout(email, role, invite);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(rowCommands, form);
    }

    /** Roles the person may hand out; the services check the same rules again. */
    static Set<Role> grantable(boolean owner) {
        return owner ? EnumSet.of(Role.OWNER, Role.ADMINISTRATOR, Role.FINANCE, Role.MEMBER, Role.AUDITOR)
                : EnumSet.of(Role.FINANCE, Role.MEMBER, Role.AUDITOR);
    }

    void reload() {
        grid.setItems(invitations.pending());
    }
}
