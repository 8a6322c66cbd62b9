package org.billingcenter.enterprise;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.billingcenter.shared.identity.SystemIdentity;
import org.billingcenter.tenant.TenantDefinition;
import org.billingcenter.tenant.TenantDefinition.AccountKind;
import org.billingcenter.tenant.TenantRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a day, in each tenant that sells contracts, turns the contract invoices past their due
 * date into Overdue and tells the customers ({@link OverdueInvoices}), as the tenant's system
 * operator. One node at a time runs it (ShedLock); a tenant's failure does not hold back the others.
 */
@Component
class OverdueInvoicesJob {

    private static final Logger log = LoggerFactory.getLogger(OverdueInvoicesJob.class);

    private final TenantRegistry tenants;
    private final OverdueInvoices overdue;

    OverdueInvoicesJob(TenantRegistry tenants, OverdueInvoices overdue) {
        this.tenants = tenants;
        this.overdue = overdue;
    }

    @Scheduled(cron = "${billing.enterprise.overdue-cron:0 15 6 * * *}")
    @SchedulerLock(name = "enterprise-overdue", lockAtMostFor = "PT1H", lockAtLeastFor = "PT1M")
    public void run() {
        markOverdue();
    }

    int markOverdue() {
        int turned = 0;
        for (TenantDefinition tenant : tenants.all()) {
            if (tenant.offers(AccountKind.ENTERPRISE)) {
                try {
                    turned += SystemIdentity.callAsOperator(tenant.id(), overdue::markOverdue);
                } catch (RuntimeException e) {
                    log.error("Marking overdue contract invoices failed for tenant {}", tenant.id(), e);
                }
            }
        }
        return turned;
    }
}
