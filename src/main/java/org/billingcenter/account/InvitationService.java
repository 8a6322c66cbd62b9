package org.billingcenter.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import org.billingcenter.audit.AuditTrail;
import org.billingcenter.notification.Outbox;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.i18n.Message;
import org.billingcenter.shared.identity.CurrentUser;
import org.billingcenter.shared.identity.EmailAddresses;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.tenant.TenantRegistry;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inviting people by e-mail: the Owner or an Administrator invites, the invitee follows the link
 * and signs up (or, with a sign-in here already, confirms with their password) and joins in the
 * offered role. A link works once, until it expires, and stops working when resent or revoked.
 */
@Service
@Transactional
public class InvitationService {

    static final Duration VALIDITY = Duration.ofDays(7);
    private static final List<InvitationStatus> OPEN = List.of(InvitationStatus.PENDING);

    private final InvitationRepository invitations;
    private final MembershipRepository memberships;
    private final UserRepository users;
    private final BillingAccountRepository accounts;
    private final InvitationLinks links;
    private final Outbox outbox;
    private final TenantRegistry tenants;
    private final PasswordEncoder passwordEncoder;
    private final AuditTrail auditTrail;
    private final EmailConfirmationService confirmations;
    private final SendLimits limits;
    private final Clock clock;
    private final Recipients recipients;

    InvitationService(InvitationRepository invitations, MembershipRepository memberships, UserRepository users,
            BillingAccountRepository accounts, InvitationLinks links, Outbox outbox, TenantRegistry tenants,
            PasswordEncoder passwordEncoder, AuditTrail auditTrail, EmailConfirmationService confirmations, SendLimits limits,
            Clock clock, Recipients recipients) {
        this.invitations = invitations;
        this.memberships = memberships;
        this.users = users;
        this.accounts = accounts;
        this.links = links;
        this.outbox = outbox;
        this.tenants = tenants;
        this.passwordEncoder = passwordEncoder;
        this.auditTrail = auditTrail;
        this.confirmations = confirmations;
        this.limits = limits;
        this.clock = clock;
        this.recipients = recipients;
    }

    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR})
    public PendingInvitation invite(String rawEmail, Role role) {
        TeamPolicy.checkGrant(myRole(), role);
        confirmations.requireConfirmedAccount();
        String email = normalise(rawEmail);
        if (!EmailAddresses.isPlausible(email)) {
            throw new BusinessRuleException("validation.email");
        }
        limits.count(SendLimits.Action.INVITATION, email);
        long account = CurrentUser.requireAccountId();
        if (users.findByEmail(email).flatMap(user -> memberships.findByUserId(user.getId())).isPresent()) {
            throw new BusinessRuleException("team.alreadyMember");
        }
        if (invitations.findByAccountIdAndEmailAndStatus(account, email, InvitationStatus.PENDING).isPresent()) {
            throw new BusinessRuleException("team.alreadyInvited");
        }
        String token = InvitationLinks.newToken();
        Instant now = clock.instant();
        Invitation invitation = invitations.save(new Invitation(account, email, role, InvitationLinks.hash(token),
                CurrentUser.require().email(), now, now.plus(VALIDITY)));
        auditTrail.because(Message.of("audit.reason.invited", email, Message.label("role." + role.name())));
        mail(invitation, token);
        return invitation.view(now);
    }

    /** Sends a fresh link with a fresh expiry; the earlier link stops working. */
    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR})
    public PendingInvitation resend(long invitationId) {
        TeamPolicy.checkManager(myRole());
        confirmations.requireConfirmedAccount();
        Invitation invitation = openInMyAccount(invitationId);
        limits.count(SendLimits.Action.INVITATION, invitation.getEmail());
        String token = InvitationLinks.newToken();
        invitation.renew(InvitationLinks.hash(token), clock.instant().plus(VALIDITY));
        auditTrail.because(Message.of("audit.reason.invitationResent"));
        mail(invitation, token);
        return invitation.view(clock.instant());
    }

    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR})
    public void revoke(long invitationId) {
        TeamPolicy.checkManager(myRole());
        auditTrail.because(Message.of("audit.reason.invitationRevoked"));
        openInMyAccount(invitationId).revoke();
    }

    /** Invitations not yet accepted or revoked, newest first (expired ones included, to resend). */
    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.AUDITOR})
    @Transactional(readOnly = true)
    public List<PendingInvitation> pending() {
        Instant now = clock.instant();
        return invitations.findByAccountIdAndStatusInOrderByIdDesc(CurrentUser.requireAccountId(), OPEN).stream()
                .map(invitation -> invitation.view(now)).toList();
    }

    /** What a link offers, if it is still good. Open to anyone: the link itself is the credential. */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<InvitationOffer> offer(String token) {
        return usable(token).map(invitation -> new InvitationOffer(invitation.getEmail(),
                accounts.findById(invitation.getAccountId()).map(a -> a.profile().enterpriseName()).orElse(""),
                invitation.getRole(), users.existsByEmail(invitation.getEmail())));
    }

    /**
     * Joins the invited account. A newcomer signs up with a name and password; someone who
     * already signs in here proves it with their password (and must not belong to another account).
     */
    @PermitAll
    public void accept(String token, String displayName, String password) {
        Invitation invitation = usable(token).orElseThrow(() -> new BusinessRuleException("invitation.notValid"));
        String email = invitation.getEmail();
        User user = users.findByEmail(email).map(existing -> {
            if (password == null || !existing.isEnabled() || !passwordEncoder.matches(password, existing.getPasswordHash())) {
                throw new BusinessRuleException("invitation.wrongPassword");
            }
            return existing;
        }).orElseGet(() -> newUser(email, displayName, password));
        if (memberships.findByUserId(user.getId()).isPresent()) {
            throw new BusinessRuleException("team.alreadyMember");
        }
        memberships.save(new Membership(invitation.getAccountId(), user.getId(), invitation.getRole()));
        // The link reached them at this address: that is the proof a sign-up's link gives.
        user.confirmEmail(clock.instant());
        invitation.accepted(clock.instant());
        auditTrail.because(Message.of("audit.reason.invitationAccepted", email));
    }

    private User newUser(String email, String displayName, String password) {
        if (displayName == null || displayName.isBlank()) {
            throw new BusinessRuleException("validation.required");
        }
        PasswordPolicy.check(password, email);
        return users.save(new User(email, passwordEncoder.encode(password), displayName.strip(), false, clock.instant()));
    }

    private Optional<Invitation> usable(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return invitations.findByTokenHash(InvitationLinks.hash(token)).filter(i -> i.isOpenAt(clock.instant()));
    }

    private void mail(Invitation invitation, String token) {
        String brand = tenants.currentBranding().brandName();
        String account = accounts.findById(invitation.getAccountId()).map(a -> a.profile().enterpriseName()).orElse("");
        Locale language = recipients.languageOf(invitation.getEmail());
        String body = Message.of("mail.invitation.body", invitation.view(clock.instant()).invitedBy(), account, brand,
                Message.label("role." + invitation.getRole().name()), invitation.view(clock.instant()).expiresAt(),
                links.linkFor(token)).in(language);
        outbox.send(invitation.getEmail(), Message.of("mail.invitation.subject", account, brand).in(language), body);
    }

    private Role myRole() {
        SignedInUser me = CurrentUser.require();
        return memberships.findByUserId(me.userId()).filter(m -> m.getAccountId() == CurrentUser.requireAccountId())
                .map(Membership::getRole).orElseThrow(() -> new AccessDeniedException("No longer a member of this account"));
    }

    private Invitation openInMyAccount(long id) {
        return invitations.findById(id)
                .filter(i -> i.getAccountId() == CurrentUser.requireAccountId() && i.getStatus() == InvitationStatus.PENDING)
                .orElseThrow(() -> new BusinessRuleException("invitation.notFound"));
    }

    private static String normalise(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
