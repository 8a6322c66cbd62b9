package org.billingcenter.account;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import org.billingcenter.audit.AuditTrail;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.i18n.Message;
import org.billingcenter.shared.identity.CurrentUser;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.identity.SignedInUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people of the signed-in user's account and their roles. Every command re-reads the
 * actor's own role from the database, so a demotion stops a session's team management at once,
 * whatever the session still remembers. Changes are audited with a reason. Every change first
 * locks the account's row, so two changes of one team take turns and the second decides on what
 * the first left: two Owners demoting each other at once cannot leave the account without one.
 */
@Service
@Transactional
public class TeamService {

    private final MembershipRepository memberships;
    private final BillingAccountRepository accounts;
    private final UserRepository users;
    private final AuditTrail auditTrail;

    TeamService(MembershipRepository memberships, BillingAccountRepository accounts, UserRepository users, AuditTrail auditTrail) {
        this.memberships = memberships;
        this.accounts = accounts;
        this.users = users;
        this.auditTrail = auditTrail;
    }

    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.AUDITOR})
    @Transactional(readOnly = true)
    public List<TeamMember> members() {
        SignedInUser me = CurrentUser.require();
        List<Membership> team = memberships.findByAccountIdOrderById(CurrentUser.requireAccountId());
        Map<Long, User> people = users.findAllById(team.stream().map(Membership::getUserId).toList()).stream()
                .collect(Collectors.toMap(User::getId, Function.identity()));
        return team.stream().map(m -> {
            User user = people.get(m.getUserId());
            return new TeamMember(m.getId(), user.getEmail(), user.getDisplayName(), m.getRole(), user.getId() == me.userId());
        }).toList();
    }

    /** Selected members → Change role → Save: all or none, checked member by member. */
    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR})
    public void changeRoles(Collection<Long> memberIds, Role role) {
        lockMyTeam();
        Role actor = myRole();
        long account = CurrentUser.requireAccountId();
        List<Membership> selected = new ArrayList<>();
        for (Long id : memberIds) {
            Membership member = inMyAccount(id);
            TeamPolicy.checkChange(actor, member.getRole(), role);
            selected.add(member);
        }
        long ownersLeaving = selected.stream().filter(m -> m.getRole() == Role.OWNER && role != Role.OWNER).count();
        TeamPolicy.checkOwnerRemains(memberships.countByAccountIdAndRole(account, Role.OWNER) - ownersLeaving);
        auditTrail.because(Message.of("audit.reason.roleChanged", Message.label("role." + role.name())));
        selected.forEach(member -> member.changeRole(role));
    }

    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR})
    public void remove(long memberId) {
        lockMyTeam();
        Role actor = myRole();
        Membership member = inMyAccount(memberId);
        TeamPolicy.checkRemoval(actor, member.getRole());
        if (member.getRole() == Role.OWNER) {
            TeamPolicy.checkOwnerRemains(memberships.countByAccountIdAndRole(member.getAccountId(), Role.OWNER) - 1);
        }
        auditTrail.because(Message.of("audit.reason.removedFromTeam"));
        memberships.delete(member);
    }

    /** The Owner hands the account to another member and stays on as an Administrator. */
    @RolesAllowed(Role.Names.OWNER)
    public void transferOwnership(long memberId) {
        lockMyTeam();
        if (myRole() != Role.OWNER) {
            throw new AccessDeniedException("Only the Owner transfers ownership");
        }
        Membership next = inMyAccount(memberId);
        Membership me = myMembership();
        if (next.getId().equals(me.getId())) {
            throw new BusinessRuleException("team.alreadyOwner");
        }
        auditTrail.because(Message.of("audit.reason.ownershipTransferred", String.valueOf(next.getId())));
        next.changeRole(Role.OWNER);
        me.changeRole(Role.ADMINISTRATOR);
    }

    /** Anyone may leave an account, except its last Owner. */
    @PreAuthorize("isAuthenticated()")
    public void leave() {
        lockMyTeam();
        Membership me = myMembership();
        if (me.getRole() == Role.OWNER) {
            TeamPolicy.checkOwnerRemains(memberships.countByAccountIdAndRole(me.getAccountId(), Role.OWNER) - 1);
        }
        auditTrail.because(Message.of("audit.reason.leftTeam"));
        memberships.delete(me);
    }

    /** Before anything of the team is read: what is read after the lock is what the previous change committed. */
    private void lockMyTeam() {
        accounts.lockById(CurrentUser.requireAccountId());
    }

    private Role myRole() {
        return myMembership().getRole();
    }

    private Membership myMembership() {
        return memberships.findByUserId(CurrentUser.require().userId())
                .filter(m -> m.getAccountId() == CurrentUser.requireAccountId())
                .orElseThrow(() -> new AccessDeniedException("No longer a member of this account"));
    }

    /** A member id of another account is treated as unknown: nothing reveals that it exists. */
    private Membership inMyAccount(long memberId) {
        return memberships.findById(memberId).filter(m -> m.getAccountId() == CurrentUser.requireAccountId())
                .orElseThrow(() -> new BusinessRuleException("team.memberNotFound"));
    }
}
