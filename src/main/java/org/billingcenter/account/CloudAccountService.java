package org.billingcenter.account;

import java.time.Clock;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.billingcenter.audit.AuditTrail;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.i18n.Message;
import org.billingcenter.shared.identity.CurrentUser;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.tenancy.TenantContext;
import org.billingcenter.tenant.Feature;
import org.billingcenter.tenant.RequiresFeature;
import org.billingcenter.tenant.TenantDefinition.SettlementMethod;
import org.billingcenter.tenant.TenantRegistry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cloud marketplace accounts of the signed-in user's account: bound by its Owner and
 * Administrators for the providers its tenant settles with, closed by them, expired by the
 * tenant's staff when the marketplace says so. Ending one publishes {@link CloudSubscriptionEnded}.
 * A bound account settles nothing until the tenant's staff confirm it against the marketplace
 * (with a reason, in the audit trail): an invented subscription cannot carry a workspace off the
 * wallet. A subscription id that another account claims too goes to the same review, marked.
 */
@Service
@Transactional
public class CloudAccountService {

    private final CloudAccountRepository cloudAccounts;
    private final TenantRegistry tenants;
    private final ApplicationEventPublisher events;
    private final AuditTrail auditTrail;
    private final Clock clock;

    CloudAccountService(CloudAccountRepository cloudAccounts, TenantRegistry tenants, ApplicationEventPublisher events,
            AuditTrail auditTrail, Clock clock) {
        this.cloudAccounts = cloudAccounts;
        this.auditTrail = auditTrail;
        this.tenants = tenants;
        this.events = events;
        this.clock = clock;
    }

    /** The cloud providers this tenant lets accounts settle with. */
    @RequiresFeature(Feature.CLOUD_SETTLEMENT)
    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE, Role.Names.AUDITOR})
    public List<SettlementMethod> providers() {
        return tenants.current().settlementMethods().stream().filter(method -> method != SettlementMethod.BILLING_CENTER).toList();
    }

    @RequiresFeature(Feature.CLOUD_SETTLEMENT)
    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE, Role.Names.AUDITOR})
    @Transactional(readOnly = true)
    public List<CloudAccountDetails> mine() {
        return cloudAccounts.findByAccountIdOrderById(CurrentUser.requireAccountId()).stream().map(CloudAccount::details).toList();
    }

    /** The account's active cloud accounts: what a workspace may settle through. Members see them to choose. */
    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE, Role.Names.MEMBER, Role.Names.AUDITOR})
    @Transactional(readOnly = true)
    public List<CloudAccountDetails> active() {
        return cloudAccounts.findByAccountIdAndStatusOrderById(CurrentUser.requireAccountId(), CloudAccountStatus.ACTIVE).stream()
                .map(CloudAccount::details).toList();
    }

    /** The account's cloud accounts whose subscription has not ended: a workspace settled on one stays there. */
    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE, Role.Names.MEMBER, Role.Names.AUDITOR})
    @Transactional(readOnly = true)
    public List<CloudAccountDetails> notEnded() {
        return cloudAccounts.findByAccountIdOrderById(CurrentUser.requireAccountId()).stream()
                .filter(cloud -> cloud.getStatus().running()).map(CloudAccount::details).toList();
    }

    @RequiresFeature(Feature.CLOUD_SETTLEMENT)
    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR})
    public CloudAccountDetails bind(SettlementMethod provider, String cloudAccountId, String subscriptionId) {
        if (provider == null || !providers().contains(provider)) {
            throw new BusinessRuleException("cloud.providerNotOffered", Message.label("cloud.provider." + provider.name()));
        }
        String account = required(cloudAccountId, 80, "cloud.accountIdRequired");
        String subscription = required(subscriptionId, 120, "cloud.subscriptionRequired");
        if (!account.matches("[A-Za-z0-9._:-]+") || !subscription.matches("[A-Za-z0-9._:/-]+")) {
            throw new BusinessRuleException("cloud.idFormat");
        }
        long mine = CurrentUser.requireAccountId();
        // Bound already by this account and not ended: nothing to review twice. Another account's
        // claim does not stop this one; staff see both and decide.
        if (cloudAccounts.findByProviderAndSubscriptionId(provider, subscription).stream().anyMatch(other -> other.getAccountId() == mine
                && (other.getStatus() == CloudAccountStatus.PENDING || other.getStatus().running()))) {
            throw new BusinessRuleException("cloud.subscriptionTaken");
        }
        return cloudAccounts.save(new CloudAccount(mine, provider, account, subscription,
                CurrentUser.require().email(), clock.instant())).details();
    }

    @RequiresFeature(Feature.CLOUD_SETTLEMENT)
    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR})
    public void close(long cloudAccountId) {
        CloudAccount cloud = cloudAccounts.lockById(cloudAccountId).filter(c -> c.getAccountId() == CurrentUser.requireAccountId())
                .orElseThrow(() -> new BusinessRuleException("cloud.notFound"));
        end(cloud, CloudAccountStatus.CLOSED);
    }

    /** The cloud accounts waiting for staff, oldest first, each marked when another account claims its subscription. */
    @RolesAllowed(Role.Names.OPERATOR)
    @Transactional(readOnly = true)
    public List<CloudAccountReview> awaitingReview() {
        return cloudAccounts.findByStatusOrderById(CloudAccountStatus.PENDING).stream()
                .map(cloud -> cloud.review(!othersClaiming(cloud).isEmpty())).toList();
    }

    /** Staff found the subscription at the marketplace, held by this account: it may settle workspaces from now on. */
    @RolesAllowed(Role.Names.OPERATOR)
    public void confirm(long cloudAccountId, String reason) {
        String why = required(reason, 500, "cloud.reasonRequired");
        CloudAccount cloud = pendingReview(cloudAccountId);
        if (othersClaiming(cloud).stream().anyMatch(other -> other.getStatus().running())) {
            throw new BusinessRuleException("cloud.activeElsewhere");
        }
        auditTrail.because(Message.of("audit.reason.cloudAccountConfirmed", why));
        cloud.confirm();
    }

    /** Staff found the subscription not to be this account's: it never settles anything. */
    @RolesAllowed(Role.Names.OPERATOR)
    public void reject(long cloudAccountId, String reason) {
        String why = required(reason, 500, "cloud.reasonRequired");
        CloudAccount cloud = pendingReview(cloudAccountId);
        auditTrail.because(Message.of("audit.reason.cloudAccountRejected", why));
        cloud.reject(clock.instant());
    }

    private CloudAccount pendingReview(long cloudAccountId) {
        return cloudAccounts.lockById(cloudAccountId).orElseThrow(() -> new BusinessRuleException("cloud.notFound"));
    }

    private List<CloudAccount> othersClaiming(CloudAccount cloud) {
        return cloudAccounts.findByProviderAndSubscriptionId(cloud.getProvider(), cloud.getSubscriptionId()).stream()
                .filter(other -> !other.getId().equals(cloud.getId()) && other.getAccountId() != cloud.getAccountId()).toList();
    }

    /** The marketplace reported the subscription expired; the tenant's staff record it. */
    @RolesAllowed(Role.Names.OPERATOR)
    public void expire(long cloudAccountId) {
        end(cloudAccounts.lockById(cloudAccountId).orElseThrow(() -> new BusinessRuleException("cloud.notFound")),
                CloudAccountStatus.EXPIRED);
    }

    private void end(CloudAccount cloud, CloudAccountStatus status) {
        cloud.end(status, clock.instant());
        events.publishEvent(new CloudSubscriptionEnded(TenantContext.require(), cloud.getAccountId(), cloud.getId(),
                cloud.getProvider(), status));
    }

    private static String required(String value, int max, String key) {
        if (value == null || value.isBlank()) {
            throw new BusinessRuleException(key);
        }
        if (value.strip().length() > max) {
            throw new BusinessRuleException("validation.tooLong");
        }
        return value.strip();
    }
}
