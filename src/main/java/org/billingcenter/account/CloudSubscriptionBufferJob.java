package org.billingcenter.account;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.billingcenter.shared.identity.SystemIdentity;
import org.billingcenter.tenant.TenantDefinition;
import org.billingcenter.tenant.TenantRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every hour, tenant by tenant, reminds and ends abnormal cloud subscriptions' buffers. One node at a time runs it (ShedLock). */
@Component
class CloudSubscriptionBufferJob {

    private static final Logger log = LoggerFactory.getLogger(CloudSubscriptionBufferJob.class);

    private final TenantRegistry tenants;
    private final CloudSubscriptionBuffer buffer;

    CloudSubscriptionBufferJob(TenantRegistry tenants, CloudSubscriptionBuffer buffer) {
        this.tenants = tenants;
        this.buffer = buffer;
    }

    @Scheduled(cron = "${billing.account.cloud-buffer-cron:0 47 * * * *}")
    @SchedulerLock(name = "cloud-subscription-buffer", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void runBuffers() {
        for (TenantDefinition tenant : tenants.all()) {
            try {
                int ended = SystemIdentity.callAsOperator(tenant.id(), buffer::runBuffers);
                if (ended > 0) {
                    log.info("{} abnormal cloud subscriptions ended after their buffer at tenant {}", ended, tenant.id());
                }
            } catch (RuntimeException e) {
                log.error("Running the cloud subscription buffers failed for tenant {}", tenant.id(), e);
            }
        }
    }
}
