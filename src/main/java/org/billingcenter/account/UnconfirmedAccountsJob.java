package org.billingcenter.account;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.billingcenter.shared.identity.SystemIdentity;
import org.billingcenter.tenant.TenantDefinition;
import org.billingcenter.tenant.TenantRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every hour, tenant by tenant, lets unconfirmed sign-ups lapse. One node at a time runs it (ShedLock). */
@Component
class UnconfirmedAccountsJob {

    private static final Logger log = LoggerFactory.getLogger(UnconfirmedAccountsJob.class);

    private final TenantRegistry tenants;
    private final UnconfirmedAccounts unconfirmed;

    UnconfirmedAccountsJob(TenantRegistry tenants, UnconfirmedAccounts unconfirmed) {
        this.tenants = tenants;
        this.unconfirmed = unconfirmed;
    }

    @Scheduled(cron = "${billing.account.expiry-cron:0 41 * * * *}")
    @SchedulerLock(name = "unconfirmed-accounts", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void expireUnconfirmed() {
        for (TenantDefinition tenant : tenants.all()) {
            try {
                int removed = SystemIdentity.callAsOperator(tenant.id(), unconfirmed::expire);
                if (removed > 0) {
                    log.info("{} unconfirmed sign-ups lapsed at tenant {}", removed, tenant.id());
                }
            } catch (RuntimeException e) {
                log.error("Letting unconfirmed sign-ups lapse failed for tenant {}", tenant.id(), e);
            }
        }
    }
}
