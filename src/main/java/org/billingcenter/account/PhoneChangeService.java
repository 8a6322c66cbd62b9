package org.billingcenter.account;

import java.time.Clock;
import java.util.Optional;

import org.billingcenter.notification.Outbox;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changing the signed-in person's phone number, like their sign-in e-mail: one code goes to the
 * current phone (to the sign-in e-mail when there is none yet, which proves the holder just as
 * well) and one to the new phone, both as text messages through the outbox.
 */
@Service
@Transactional(noRollbackFor = BusinessRuleException.class)
public class PhoneChangeService {

    private final UserRepository users;
    private final ContactChangeRepository changes;
    private final Outbox outbox;
    private final SendLimits limits;
    private final Clock clock;

    PhoneChangeService(UserRepository users, ContactChangeRepository changes, Outbox outbox, SendLimits limits, Clock clock) {
        this.users = users;
        this.changes = changes;
        this.outbox = outbox;
        this.limits = limits;
        this.clock = clock;
    }

    /** The person's phone number, masked. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<String> myPhone() {
        return Optional.ofNullable(me().getPhone()).map(PhoneNumbers::masked);
    }

    /** Sends the two codes; a phone change started earlier and not finished is cancelled. */
    @PreAuthorize("isAuthenticated()")
    public PendingPhoneChange startPhoneChange(String rawPhone) {
        String phone = PhoneNumbers.normalised(rawPhone);
        User me = me();
        if (phone.equals(me.getPhone())) {
            throw new BusinessRuleException("contact.phoneUnchanged");
        }
        // A number someone else holds is not refused here: the answer would tell whether it has an
        // account. Its holder is told instead of sent a code, so the change can never be confirmed.
        boolean taken = users.existsByPhone(phone);
        limits.count(SendLimits.Action.CODE, phone);
        changes.cancelPending(me.getId(), ContactChange.Kind.PHONE);
        ContactChange.Started started = ContactChange.start(me.getId(), ContactChange.Kind.PHONE, phone, clock.instant());
        changes.save(started.change());
        String forOldSide = "Code to change the phone number of your account to " + PhoneNumbers.masked(phone) + ": "
                + started.oldCode() + ". Valid for 15 minutes. Not you? Change your password.";
        if (me.getPhone() == null) {
            outbox.send(me.getEmail(), "Your code to set your phone number", forOldSide);
        } else {
            outbox.sendText(me.getPhone(), "Code to change your phone number", forOldSide);
        }
        if (taken) {
            outbox.sendText(phone, "Someone tried to add your phone number",
                    "Someone asked to add this phone number to another account. It stays with your account; nothing changed.");
        } else {
            outbox.sendText(phone, "Code to confirm your new phone number",
                    "Code to confirm this phone for your account: " + started.newCode() + ". Valid for 15 minutes.");
        }
        return view(started.change(), me);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<PendingPhoneChange> pendingPhoneChange() {
        User me = me();
        return changes.pending(me.getId(), ContactChange.Kind.PHONE).map(change -> view(change, me));
    }

    /**
     * Finishes the change when both codes are right. A wrong pair uses up an attempt (kept though
     * the call is refused); expired codes or too many attempts end it, and it must start again.
     */
    @PreAuthorize("isAuthenticated()")
    public void confirmPhoneChange(String oldCode, String newCode) {
        User me = me();
        ContactChange change = changes.pending(me.getId(), ContactChange.Kind.PHONE)
                .orElseThrow(() -> new BusinessRuleException("contact.noPendingPhoneChange"));
        change.confirm(oldCode, newCode, clock.instant());
        if (users.existsByPhone(change.getNewPhone())) {
            throw new BusinessRuleException("contact.phoneTaken");
        }
        me.changePhone(change.getNewPhone(), clock.instant());
        outbox.send(me.getEmail(), "Your phone number was changed",
                "The phone number of your account is now " + PhoneNumbers.masked(change.getNewPhone()) + ".");
    }

    private User me() {
        return users.findById(CurrentUser.require().userId()).orElseThrow(() -> new BusinessRuleException("account.notFound"));
    }

    private static PendingPhoneChange view(ContactChange change, User me) {
        return new PendingPhoneChange(change.getNewPhone(), change.getExpiresAt(), change.attemptsLeft(), me.getPhone() == null);
    }
}
