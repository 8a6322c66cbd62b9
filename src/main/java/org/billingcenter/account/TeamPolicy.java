package org.billingcenter.account;

import java.util.EnumSet;
import java.util.Set;

import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.i18n.Message;
import org.billingcenter.shared.identity.Role;

/**
 * Who may give or take which role. Administrators look after the ordinary roles; making,
 * demoting or removing Administrators and Owners is the Owner's alone; the account always keeps
 * an Owner. Decided on the roles as the database holds them now, not as a session remembers them.
 */
final class TeamPolicy {

    /** Roles a person can hold in an account; OPERATOR is the tenant's staff, never a team role. */
    static final Set<Role> TEAM_ROLES = EnumSet.of(Role.OWNER, Role.ADMINISTRATOR, Role.FINANCE, Role.MEMBER, Role.AUDITOR);
    private static final Set<Role> OWNER_ONLY = EnumSet.of(Role.OWNER, Role.ADMINISTRATOR);

    private TeamPolicy() {
    }

    static void checkManager(Role actor) {
        if (actor != Role.OWNER && actor != Role.ADMINISTRATOR) {
            throw new org.springframework.security.access.AccessDeniedException("Only the Owner and Administrators manage the team");
        }
    }

    /** An invitation or a direct addition in {@code role}. */
    static void checkGrant(Role actor, Role role) {
        checkManager(actor);
        if (!TEAM_ROLES.contains(role) || OWNER_ONLY.contains(role) && actor != Role.OWNER) {
            throw new BusinessRuleException("team.roleNotGrantable", Message.label("role." + role.name()));
        }
    }

    /** Changing a member from {@code current} to {@code wanted}. */
    static void checkChange(Role actor, Role current, Role wanted) {
        checkGrant(actor, wanted);
        if (OWNER_ONLY.contains(current) && actor != Role.OWNER) {
            throw new BusinessRuleException("team.onlyOwnerChangesAdministrators");
        }
    }

    static void checkRemoval(Role actor, Role current) {
        checkManager(actor);
        if (OWNER_ONLY.contains(current) && actor != Role.OWNER) {
            throw new BusinessRuleException("team.onlyOwnerChangesAdministrators");
        }
    }

    /** The account must keep at least one Owner after the change. */
    static void checkOwnerRemains(long ownersAfter) {
        if (ownersAfter < 1) {
            throw new BusinessRuleException("team.lastOwner");
        }
    }
}
