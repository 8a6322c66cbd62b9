package org.billingcenter.wallet;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.billingcenter.shared.tenancy.TenantContext;
import org.billingcenter.tenant.TenantDefinition;
import org.billingcenter.tenant.TenantRegistry;
import org.billingcenter.wallet.PaymentGateway.PaymentCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Asks the providers about online orders still pending a while after they were opened, for when a
 * notification was lost on the way: what the provider answers settles the order through the same
 * callback path as a notification (so one that arrives after all still credits once). Harmless on
 * several nodes at once, for the same reason.
 */
@Component
class PaymentReconciliation {

    private static final Logger log = LoggerFactory.getLogger(PaymentReconciliation.class);
    /** Long enough for the payer to finish and the notification to arrive; providers close unpaid trades later still. */
    static final Duration GRACE = Duration.ofMinutes(10);
    private static final int BATCH = 100;

    private final TenantRegistry tenants;
    private final PaymentProviders providers;
    private final RechargeOrderRepository orders;
    private final RechargeService recharges;
    private final Clock clock;

    PaymentReconciliation(TenantRegistry tenants, PaymentProviders providers, RechargeOrderRepository orders,
            RechargeService recharges, Clock clock) {
        this.tenants = tenants;
        this.providers = providers;
        this.orders = orders;
        this.recharges = recharges;
        this.clock = clock;
    }

    @Scheduled(cron = "${billing.payments.reconcile-cron:0 */10 * * * *}")
    void reconcileAll() {
        for (TenantDefinition tenant : tenants.all()) {
            try {
                TenantContext.runAs(tenant.id(), () -> reconcile(tenant));
            } catch (RuntimeException e) {
                log.error("Reconciling online payments failed for tenant {}", tenant.id(), e);
            }
        }
    }

    /** Settles the tenant's overdue pending orders the providers have an answer for; returns how many it settled. */
    int reconcile(TenantDefinition tenant) {
        int settled = 0;
        for (PaymentGateway gateway : providers.offeredAt(tenant)) {
            List<String> overdue = orders.pendingSince(gateway.provider(), clock.instant().minus(GRACE), PageRequest.of(0, BATCH))
                    .stream().map(RechargeOrder::getGatewayReference).toList();
            for (String reference : overdue) {
                for (PaymentCallback answer : gateway.query(tenant, reference).stream().toList()) {
                    if (recharges.onVerifiedPayment(answer)) {
                        settled++;
                        log.info("{} order {} settled by asking the provider: {}", gateway.provider(), reference, answer.outcome());
                    }
                }
            }
        }
        return settled;
    }
}
