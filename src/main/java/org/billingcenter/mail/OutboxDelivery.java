package org.billingcenter.mail;

import java.time.Clock;

import org.billingcenter.shared.tenancy.TenantContext;
import org.billingcenter.tenant.TenantDefinition;
import org.billingcenter.tenant.TenantRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands pending messages to the sender, tenant by tenant, a batch at a time. A message is marked
 * sent only after the sender returned, so a crash in between sends it again (at least once).
 */
@Component
class OutboxDelivery {

    private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);
    private static final int BATCH = 50;

    private final TenantRegistry tenants;
    private final OutboxMessageRepository messages;
    private final MailSender sender;
    private final TransactionTemplate transactions;
    private final Clock clock;

    OutboxDelivery(TenantRegistry tenants, OutboxMessageRepository messages, MailSender sender,
            TransactionTemplate transactions, Clock clock) {
        this.tenants = tenants;
        this.messages = messages;
        this.sender = sender;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${billing.mail.delivery-interval:PT30S}")
    void deliverPending() {
        for (TenantDefinition tenant : tenants.all()) {
            TenantContext.runAs(tenant.id(), this::deliverBatch);
        }
    }

    private void deliverBatch() {
        transactions.executeWithoutResult(status -> {
            for (OutboxMessage message : messages.findByStatusOrderById(OutboxMessage.Status.PENDING, Limit.of(BATCH))) {
                try {
                    sender.deliver(message.toMail());
                    message.delivered(clock.instant());
                } catch (RuntimeException e) {
                    log.warn("Delivering mail {} failed; it stays pending", message.toMail().subject(), e);
                    message.failed();
                }
            }
        });
    }
}
