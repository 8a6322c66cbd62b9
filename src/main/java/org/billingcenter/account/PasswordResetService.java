package org.billingcenter.account;

import java.time.Clock;

import jakarta.annotation.security.PermitAll;

import org.billingcenter.audit.AuditTrail;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.i18n.Message;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Forgot password": a single-use link that expires soon, sent to the sign-in e-mail (and as a
 * text to the person's phone, which they confirmed by code when they set it). Asking answers the
 * same whether or not the address is registered. Choosing the new password ends every session of
 * that person, on every node, and mails them that it happened.
 */
@Service
@Transactional
public class PasswordResetService {

    private final UserRepository users;
    private final AccountTokens tokens;
    private final AccountMail mail;
    private final SendLimits limits;
    private final AccountProperties properties;
    private final PasswordEncoder passwordEncoder;
    private final AuditTrail auditTrail;
    private final Clock clock;

    PasswordResetService(UserRepository users, AccountTokens tokens, AccountMail mail, SendLimits limits,
            AccountProperties properties, PasswordEncoder passwordEncoder, AuditTrail auditTrail, Clock clock) {
        this.users = users;
        this.tokens = tokens;
        this.mail = mail;
        this.limits = limits;
        this.properties = properties;
        this.passwordEncoder = passwordEncoder;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    /** Sends a reset link if the address signs in here (and is not disabled); says nothing either way. */
    @PermitAll
    public void requestReset(String rawEmail) {
        String email = AccountService.normalise(rawEmail);
        if (email.isEmpty() || email.length() > 320) {
            throw new BusinessRuleException("validation.email");
        }
        limits.count(SendLimits.Action.CODE, email);
        users.findByEmail(email).filter(User::isEnabled).ifPresent(user -> {
            String token = tokens.issue(user.getId(), AccountToken.Purpose.RESET_PASSWORD, properties.resetValidity());
            mail.resetPassword(user, token, clock.instant().plus(properties.resetValidity()));
        });
    }

    /** Whether a reset link would still work (the page asks before showing the form). */
    @PermitAll
    @Transactional(readOnly = true)
    public boolean isUsable(String token) {
        return tokens.isUsable(token, AccountToken.Purpose.RESET_PASSWORD);
    }

    /**
     * Sets the new password, once per link; every session of the person ends. A password the
     * policy refuses rolls the whole call back, so the link still works for a better one.
     */
    @PermitAll
    public void reset(String token, String newPassword) {
        long userId = tokens.redeem(token, AccountToken.Purpose.RESET_PASSWORD)
                .orElseThrow(() -> new BusinessRuleException("reset.notValid"));
        User user = users.findById(userId).orElseThrow(() -> new BusinessRuleException("reset.notValid"));
        PasswordPolicy.check(newPassword, user.getEmail());
        auditTrail.because(Message.of("audit.reason.passwordReset"));
        user.changePassword(passwordEncoder.encode(newPassword));
        OtherSessions.end(user);
        mail.passwordWasReset(user);
    }
}
