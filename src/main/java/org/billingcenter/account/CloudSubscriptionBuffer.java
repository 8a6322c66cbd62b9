package org.billingcenter.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.billingcenter.audit.AuditTrail;
import org.billingcenter.shared.i18n.Message;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.tenancy.TenantContext;
import org.billingcenter.tenant.TenantRegistry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The modelled portal's buffer for an abnormal cloud subscription: the tenant's staff record what
 * the marketplace reports (with a reason), the account is told in the portal and by e-mail when
 * its workspaces will lock, reminded three days before, and the subscription ends (locking its
 * workspaces) only when 14 days passed without it recovering.
 */
@Service
@Transactional
public class CloudSubscriptionBuffer {

    static final Duration BUFFER = Duration.ofDays(14);
    static final Duration REMIND_BEFORE = Duration.ofDays(3);
    static final String KIND = "CLOUD_SUBSCRIPTION_ABNORMAL";

    private final CloudAccountRepository cloudAccounts;
    private final AccountNotices notices;
    private final TenantRegistry tenants;
    private final ApplicationEventPublisher events;
    private final AuditTrail auditTrail;
    private final Clock clock;

    CloudSubscriptionBuffer(CloudAccountRepository cloudAccounts, AccountNotices notices, TenantRegistry tenants,
            ApplicationEventPublisher events, AuditTrail auditTrail, Clock clock) {
        this.cloudAccounts = cloudAccounts;
        this.notices = notices;
        this.tenants = tenants;
        this.events = events;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    /** The tenant's subscriptions that still settle workspaces, abnormal ones first. */
    @RolesAllowed(Role.Names.OPERATOR)
    @Transactional(readOnly = true)
    public List<RunningSubscription> running() {
        List<CloudAccount> listed = new ArrayList<>(cloudAccounts.findByStatusOrderById(CloudAccountStatus.ABNORMAL));
        listed.addAll(cloudAccounts.findByStatusOrderById(CloudAccountStatus.ACTIVE));
        return listed.stream().map(cloud -> new RunningSubscription(cloud.getId(), cloud.getAccountId(), cloud.getProvider(),
                cloud.getCloudAccountId(), cloud.getSubscriptionId(), cloud.getStatus(), cloud.getAbnormalSince(),
                cloud.getAbnormalSince() == null ? null : cloud.getAbnormalSince().plus(BUFFER))).toList();
    }

    /** The marketplace reports the subscription abnormal: the buffer starts, and the account is told until when. */
    @RolesAllowed(Role.Names.OPERATOR)
    public Instant reportAbnormal(long cloudAccountId, String reason) {
        String why = reasonOf(reason);
        CloudAccount cloud = cloudAccounts.lockById(cloudAccountId).orElseThrow(() -> new BusinessRuleException("cloud.notFound"));
        auditTrail.because(Message.of("audit.reason.cloudSubscriptionAbnormal", why));
        cloud.turnAbnormal(clock.instant());
        Instant locksAt = cloud.getAbnormalSince().plus(BUFFER);
        notices.tell(cloud.getAccountId(), KIND, Message.of("notice.cloudAbnormal.subject", tenants.current().brandName()),
                Message.of("notice.cloudAbnormal.text", provider(cloud), cloud.getCloudAccountId(), day(locksAt)));
        return locksAt;
    }

    /** The subscription is in order again: the buffer ends and nothing locks. */
    @RolesAllowed(Role.Names.OPERATOR)
    public void recover(long cloudAccountId, String reason) {
        String why = reasonOf(reason);
        CloudAccount cloud = cloudAccounts.lockById(cloudAccountId).orElseThrow(() -> new BusinessRuleException("cloud.notFound"));
        auditTrail.because(Message.of("audit.reason.cloudSubscriptionInOrder", why));
        cloud.recover();
        notices.tell(cloud.getAccountId(), KIND, Message.of("notice.cloudRecovered.subject", tenants.current().brandName()),
                Message.of("notice.cloudRecovered.text", provider(cloud), cloud.getCloudAccountId()));
    }

    /**
     * Reminds accounts whose buffer ends within three days (once), and ends the subscriptions whose
     * buffer is over; the workspace feature locks their workspaces. Returns how many ended.
     */
    @RolesAllowed(Role.Names.OPERATOR)
    public int runBuffers() {
        Instant now = clock.instant();
        int ended = 0;
        for (CloudAccount listed : cloudAccounts.findByStatusOrderById(CloudAccountStatus.ABNORMAL)) {
            CloudAccount cloud = cloudAccounts.lockById(listed.getId()).orElseThrow();
            if (cloud.getStatus() != CloudAccountStatus.ABNORMAL) {
                continue;
            }
            Instant locksAt = cloud.getAbnormalSince().plus(BUFFER);
            if (!now.isBefore(locksAt)) {
                cloud.end(CloudAccountStatus.EXPIRED, now);
                events.publishEvent(new CloudSubscriptionEnded(TenantContext.require(), cloud.getAccountId(), cloud.getId(),
                        cloud.getProvider(), CloudAccountStatus.EXPIRED));
                // The workspace feature posts the in-app notice of the lock; the billing contact hears of it by e-mail too.
                notices.mail(cloud.getAccountId(), Message.of("mail.cloudBufferEnded.subject", tenants.current().brandName()),
                        Message.of("mail.cloudBufferEnded.text", provider(cloud), cloud.getCloudAccountId()));
                ended++;
            } else if (cloud.getBufferRemindedAt() == null && !now.isBefore(locksAt.minus(REMIND_BEFORE))) {
                cloud.reminded(now);
                notices.tell(cloud.getAccountId(), KIND, Message.of("notice.cloudLocksSoon.subject", tenants.current().brandName(), day(locksAt)),
                        Message.of("notice.cloudLocksSoon.text", provider(cloud), cloud.getCloudAccountId(), day(locksAt)));
            }
        }
        return ended;
    }

    private LocalDate day(Instant at) {
        return at.atZone(tenants.current().timeZone()).toLocalDate();
    }

    private static String reasonOf(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("cloud.reasonRequired");
        }
        return reason.strip();
    }

    private static Message.Argument provider(CloudAccount cloud) {
        return Message.label("cloud.provider." + cloud.getProvider().name());
    }
}
