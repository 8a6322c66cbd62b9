package org.billingcenter.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import org.billingcenter.audit.AuditTrail;
import org.billingcenter.shared.i18n.Message;
import org.billingcenter.shared.identity.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lets sign-ups that were never confirmed lapse, so that an address typed by someone else does
 * not stay taken. Only an account's sole Owner who never confirmed is removed (their sign-in and
 * membership; the account record stays, with no one in it, and could never hold money). Old rate
 * counts are forgotten at the same time.
 */
@Service
@Transactional
public class UnconfirmedAccounts {

    private final UserRepository users;
    private final MembershipRepository memberships;
    private final AccountTokenRepository tokens;
    private final ContactChangeRepository contactChanges;
    private final SignInRecordRepository signIns;
    private final SendLimits limits;
    private final AccountProperties properties;
    private final AuditTrail auditTrail;
    private final Clock clock;

    UnconfirmedAccounts(UserRepository users, MembershipRepository memberships, AccountTokenRepository tokens,
            ContactChangeRepository contactChanges, SignInRecordRepository signIns, SendLimits limits,
            AccountProperties properties, AuditTrail auditTrail, Clock clock) {
        this.users = users;
        this.memberships = memberships;
        this.tokens = tokens;
        this.contactChanges = contactChanges;
        this.signIns = signIns;
        this.limits = limits;
        this.properties = properties;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    /** Removes the current tenant's lapsed sign-ups; returns how many. For the scheduled clean-up. */
    @RolesAllowed(Role.Names.OPERATOR)
    public int expire() {
        Instant now = clock.instant();
        limits.forgetBefore(now.minus(Duration.ofHours(2)));
        List<User> lapsed = users.findTop100ByOperatorFalseAndEmailConfirmedAtIsNullAndCreatedAtBeforeOrderById(
                now.minus(properties.unconfirmedKeptFor()));
        int removed = 0;
        for (User user : lapsed) {
            Optional<Membership> membership = memberships.findByUserId(user.getId());
            boolean soleOwner = membership.map(m -> m.getRole() == Role.OWNER
                    && memberships.findByAccountIdOrderById(m.getAccountId()).size() == 1).orElse(true);
            if (!soleOwner) {
                continue;
            }
            auditTrail.because(Message.of("audit.reason.signUpLapsed"));
            tokens.deleteAll(tokens.findByUserId(user.getId()));
            contactChanges.deleteAll(contactChanges.findByUserId(user.getId()));
            signIns.deleteAll(signIns.findByUserId(user.getId()));
            membership.ifPresent(memberships::delete);
            users.delete(user);
            removed++;
        }
        return removed;
    }
}
