package org.billingcenter.notification;

import org.billingcenter.shared.tenancy.TenantContext;
import org.billingcenter.tenant.TenantDefinition;
import org.billingcenter.tenant.TenantRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tries again, tenant by tenant, what could not be sent at once (mail server down, or the node
 * stopped between commit and delivery). Several nodes may run it: each message is locked while sent.
 */
@Component
class OutboxRetryJob {

    private static final Logger log = LoggerFactory.getLogger(OutboxRetryJob.class);
    private static final int BATCH = 100;

    private final TenantRegistry tenants;
    private final OutboxMessageRepository messages;
    private final OutboxDelivery delivery;

    OutboxRetryJob(TenantRegistry tenants, OutboxMessageRepository messages, OutboxDelivery delivery) {
        this.tenants = tenants;
        this.messages = messages;
        this.delivery = delivery;
    }

    @Scheduled(cron = "${billing.notification.retry-cron:30 * * * * *}")
    void retryPending() {
        for (TenantDefinition tenant : tenants.all()) {
            try {
                TenantContext.runAs(tenant.id(), () -> messages.pendingIds(PageRequest.of(0, BATCH)).forEach(delivery::deliver));
            } catch (RuntimeException e) {
                log.error("Retrying e-mails failed for tenant {}", tenant.id(), e);
            }
        }
    }
}
