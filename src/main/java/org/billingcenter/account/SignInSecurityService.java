package org.billingcenter.account;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.billingcenter.notification.Outbox;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.i18n.Message;
import org.billingcenter.shared.identity.CurrentUser;
import org.billingcenter.shared.identity.EmailAddresses;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in person's own sign-in security: their recent sign-ins, signing out their other
 * sessions, and changing the e-mail they sign in with, which needs a code sent to the old
 * address and one sent to the new.
 */
@Service
@Transactional(noRollbackFor = BusinessRuleException.class)
public class SignInSecurityService {

    private final UserRepository users;
    private final SignInRecordRepository signIns;
    private final ContactChangeRepository changes;
    private final Outbox outbox;
    private final SendLimits limits;
    private final Clock clock;
    private final Recipients recipients;

    SignInSecurityService(UserRepository users, SignInRecordRepository signIns, ContactChangeRepository changes, Outbox outbox,
            SendLimits limits, Clock clock, Recipients recipients) {
        this.users = users;
        this.signIns = signIns;
        this.changes = changes;
        this.outbox = outbox;
        this.limits = limits;
        this.clock = clock;
        this.recipients = recipients;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<RecentSignIn> recentSignIns() {
        return signIns.findTop20ByUserIdOrderBySignedInAtDesc(CurrentUser.require().userId()).stream().map(SignInRecord::view).toList();
    }

    /** Sends the two codes; a change started earlier and not finished is cancelled. */
    @PreAuthorize("isAuthenticated()")
    public PendingEmailChange startEmailChange(String rawEmail) {
        String email = rawEmail == null ? "" : rawEmail.strip().toLowerCase(Locale.ROOT);
        if (!EmailAddresses.isPlausible(email)) {
            throw new BusinessRuleException("validation.email");
        }
        User me = me();
        if (email.equals(me.getEmail()) || users.existsByEmail(email)) {
            throw new BusinessRuleException("contact.emailTaken");
        }
        limits.count(SendLimits.Action.CODE, email);
        changes.cancelPending(me.getId(), ContactChange.Kind.EMAIL);
        ContactChange.Started started = ContactChange.start(me.getId(), ContactChange.Kind.EMAIL, email, clock.instant());
        changes.save(started.change());
        Locale language = recipients.languageOf(me);
        outbox.send(me.getEmail(), Message.of("mail.emailChange.subject").in(language),
                Message.of("mail.emailChange.body", email, started.oldCode()).in(language));
        outbox.send(email, Message.of("mail.emailConfirm.subject").in(language),
                Message.of("mail.emailConfirm.body", started.newCode()).in(language));
        return view(started.change());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<PendingEmailChange> pendingEmailChange() {
        return changes.pending(CurrentUser.require().userId(), ContactChange.Kind.EMAIL).map(SignInSecurityService::view);
    }

    /**
     * Finishes the change when both codes are right. A wrong pair uses up an attempt (that count is
     * kept even though the call is refused); when none is left, the change must be started again.
     */
    @PreAuthorize("isAuthenticated()")
    public void confirmEmailChange(String oldCode, String newCode) {
        User me = me();
        ContactChange change = changes.pending(me.getId(), ContactChange.Kind.EMAIL)
                .orElseThrow(() -> new BusinessRuleException("contact.noPendingChange"));
        change.confirm(oldCode, newCode, clock.instant());
        if (users.existsByEmail(change.getNewEmail())) {
            throw new BusinessRuleException("contact.emailTaken");
        }
        String previous = me.getEmail();
        me.changeEmail(change.getNewEmail());
        Locale language = recipients.languageOf(me);
        outbox.send(previous, Message.of("mail.emailChanged.subject").in(language),
                Message.of("mail.emailChanged.body", change.getNewEmail()).in(language));
    }

    /**
     * Signs the person out everywhere but here: every other session of theirs, on any application
     * node, ends at its next request. Another person's sessions are never touched.
     */
    @PreAuthorize("isAuthenticated()")
    public void signOutOtherSessions() {
        OtherSessions.end(me());
    }

    private User me() {
        return users.findById(CurrentUser.require().userId()).orElseThrow(() -> new BusinessRuleException("account.notFound"));
    }

    private static PendingEmailChange view(ContactChange change) {
        return new PendingEmailChange(change.getNewEmail(), change.getExpiresAt(), change.attemptsLeft());
    }
}
