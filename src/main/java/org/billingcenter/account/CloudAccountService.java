package org.billingcenter.account;

import java.time.Clock;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.billingcenter.tenant.Feature;
import org.billingcenter.tenant.RequiresFeature;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.CurrentUser;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.tenancy.TenantContext;
import org.billingcenter.tenant.TenantDefinition.SettlementMethod;
import org.billingcenter.tenant.TenantRegistry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cloud marketplace accounts of the signed-in user's account: bound by its Owner and
 * Administrators for the providers its tenant settles with, closed by them, expired by the
 * tenant's staff when the marketplace says so. Ending one publishes {@link CloudSubscriptionEnded}.
 */
@Service
@Transactional
public class CloudAccountService {

    private final CloudAccountRepository cloudAccounts;
    private final TenantRegistry tenants;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CloudAccountService(CloudAccountRepository cloudAccounts, TenantRegistry tenants, ApplicationEventPublisher events, Clock clock) {
        this.cloudAccounts = cloudAccounts;
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

    @RequiresFeature(Feature.CLOUD_SETTLEMENT)
    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR})
    public CloudAccountDetails bind(SettlementMethod provider, String cloudAccountId, String subscriptionId) {
        if (provider == null || !providers().contains(provider)) {
            throw new BusinessRuleException("cloud.providerNotOffered", provider);
        }
        String account = required(cloudAccountId, 80, "cloud.accountIdRequired");
        String subscription = required(subscriptionId, 120, "cloud.subscriptionRequired");
        if (!account.matches("[A-Za-z0-9._:-]+") || !subscription.matches("[A-Za-z0-9._:/-]+")) {
            throw new BusinessRuleException("cloud.idFormat");
        }
        if (cloudAccounts.existsByProviderAndSubscriptionId(provider, subscription)) {
            throw new BusinessRuleException("cloud.subscriptionTaken");
        }
        return cloudAccounts.save(new CloudAccount(CurrentUser.requireAccountId(), provider, account, subscription,
                CurrentUser.require().email(), clock.instant())).details();
    }

    @RequiresFeature(Feature.CLOUD_SETTLEMENT)
    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR})
    public void close(long cloudAccountId) {
        CloudAccount cloud = cloudAccounts.lockById(cloudAccountId).filter(c -> c.getAccountId() == CurrentUser.requireAccountId())
                .orElseThrow(() -> new BusinessRuleException("cloud.notFound"));
        end(cloud, CloudAccountStatus.CLOSED);
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
