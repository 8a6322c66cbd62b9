package org.billingcenter.account;

import java.time.Clock;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import org.billingcenter.audit.AuditTrail;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.i18n.Message;
import org.billingcenter.shared.identity.CurrentUser;
import org.billingcenter.shared.identity.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proof that a new account's sign-in e-mail reaches its owner. Until the Owner has confirmed it
 * by the link sent at sign-up, the account may look around but cannot recharge, invite anyone or
 * request invoices: {@link #requireConfirmedAccount()} is what those features ask.
 */
@Service
@Transactional
public class EmailConfirmationService {

    private final UserRepository users;
    private final MembershipRepository memberships;
    private final AccountTokens tokens;
    private final AccountMail mail;
    private final SendLimits limits;
    private final AccountProperties properties;
    private final AuditTrail auditTrail;
    private final Clock clock;

    EmailConfirmationService(UserRepository users, MembershipRepository memberships, AccountTokens tokens, AccountMail mail,
            SendLimits limits, AccountProperties properties, AuditTrail auditTrail, Clock clock) {
        this.users = users;
        this.memberships = memberships;
        this.tokens = tokens;
        this.mail = mail;
        this.limits = limits;
        this.properties = properties;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    /** Whether a confirmation link would still work (the page asks before offering the button). */
    @PermitAll
    @Transactional(readOnly = true)
    public boolean isUsable(String token) {
        return tokens.isUsable(token, AccountToken.Purpose.CONFIRM_EMAIL);
    }

    /** Confirms the address the link was sent to. The link is the credential; it works once. */
    @PermitAll
    public void confirm(String token) {
        long userId = tokens.redeem(token, AccountToken.Purpose.CONFIRM_EMAIL)
                .orElseThrow(() -> new BusinessRuleException("confirmEmail.notValid"));
        User user = users.findById(userId).orElseThrow(() -> new BusinessRuleException("confirmEmail.notValid"));
        auditTrail.because(Message.of("audit.reason.emailConfirmedByLink"));
        user.confirmEmail(clock.instant());
    }

    /** Whether the signed-in person still has to confirm their e-mail. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean mustConfirmMyEmail() {
        return users.findById(CurrentUser.require().userId()).map(user -> !user.isEmailConfirmed()).orElse(false);
    }

    /** Sends the signed-in person a fresh link; the earlier one stops working. */
    @PreAuthorize("isAuthenticated()")
    public void resendMyLink() {
        User me = users.findById(CurrentUser.require().userId()).orElseThrow(() -> new BusinessRuleException("account.notFound"));
        if (me.isEmailConfirmed()) {
            throw new BusinessRuleException("confirmEmail.alreadyConfirmed");
        }
        limits.count(SendLimits.Action.CODE, me.getEmail());
        send(me);
    }

    /**
     * Refuses, with a message that says what to do, when the signed-in person's account has no
     * Owner with a confirmed e-mail. For the features that move money or reach other people.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public void requireConfirmedAccount() {
        long accountId = CurrentUser.requireAccountId();
        boolean confirmed = memberships.findByAccountIdOrderById(accountId).stream().filter(m -> m.getRole() == Role.OWNER)
                .flatMap(owner -> users.findById(owner.getUserId()).stream()).anyMatch(User::isEmailConfirmed);
        if (!confirmed) {
            throw new BusinessRuleException("confirmEmail.required");
        }
    }

    /** The tenant's staff confirm an address they checked another way (and start-up demo data). */
    @RolesAllowed(Role.Names.OPERATOR)
    public void confirmByStaff(String email, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("signInAccess.reasonRequired");
        }
        User user = users.findByEmail(AccountService.normalise(email)).orElseThrow(() -> new BusinessRuleException("signInAccess.noSuchCustomer"));
        auditTrail.because(Message.of("audit.reason.emailConfirmedByStaff", reason.strip()));
        user.confirmEmail(clock.instant());
    }

    /** Issues and mails a confirmation link; for sign-up and resending. */
    void send(User user) {
        String token = tokens.issue(user.getId(), AccountToken.Purpose.CONFIRM_EMAIL, properties.confirmationValidity());
        mail.confirmEmail(user, token, clock.instant().plus(properties.confirmationValidity()));
    }
}
