package org.billingcenter.notification;

import java.time.Clock;

import jakarta.annotation.security.RolesAllowed;

import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.i18n.Message;
import org.billingcenter.shared.identity.CurrentUser;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.tenancy.TenantContext;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The in-app notification centre. Any feature tells an account something with
 * {@link #notify(long, String, String)}; the account's members read their own centre only, in
 * the current tenant only (the tenant comes from the session, never from the caller).
 */
@Service
@Transactional
public class Notifications {

    private final InAppNotificationRepository notifications;
    private final Clock clock;

    Notifications(InAppNotificationRepository notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    /**
     * Posts a notification to an account of the current tenant. Called by other features on behalf
     * of whoever acts (a member, an operator, a scheduled job), so any signed-in identity may call it.
     */
    @PreAuthorize("isAuthenticated()")
    public void notify(long accountId, String kind, String text) {
        if (kind == null || kind.isBlank() || text == null || text.isBlank()) {
            throw new BusinessRuleException("notification.invalid");
        }
        String bounded = text.strip();
        if (bounded.length() > InAppNotification.MAX_TEXT) {
            bounded = bounded.substring(0, InAppNotification.MAX_TEXT - 1) + "…";
        }
        notifications.save(new InAppNotification(accountId, kind.strip(), bounded, clock.instant()));
    }

    /** Posts a notification kept as a message, so each member reads it in their own language. */
    @PreAuthorize("isAuthenticated()")
    public void notify(long accountId, String kind, Message text) {
        notify(accountId, kind, text.stored());
    }

    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE, Role.Names.MEMBER, Role.Names.AUDITOR})
    @Transactional(readOnly = true)
    public Page<AccountNotification> mine(Pageable page) {
        return notifications.findByAccountIdOrderByCreatedAtDescIdDesc(CurrentUser.requireAccountId(), page)
                .map(InAppNotification::view);
    }

    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE, Role.Names.MEMBER, Role.Names.AUDITOR})
    @Transactional(readOnly = true)
    public long unreadCount() {
        return notifications.countByAccountIdAndReadAtIsNull(CurrentUser.requireAccountId());
    }

    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE, Role.Names.MEMBER, Role.Names.AUDITOR})
    public void markRead(long notificationId) {
        notifications.findByIdAndAccountId(notificationId, CurrentUser.requireAccountId())
                .orElseThrow(() -> new BusinessRuleException("notification.notFound"))
                .markRead(clock.instant());
    }

    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE, Role.Names.MEMBER, Role.Names.AUDITOR})
    public int markAllRead() {
        return notifications.markAllRead(TenantContext.require(), CurrentUser.requireAccountId(), clock.instant());
    }
}
