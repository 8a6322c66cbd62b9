package org.billingcenter.wallet;

import org.billingcenter.shared.identity.SystemIdentity;
import org.billingcenter.tenant.TenantDefinition;
import org.billingcenter.tenant.TenantRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Writes off expired vouchers and cards every hour, tenant by tenant, and tells accounts of those
 * about to expire. On several nodes the tenant's expiry lock, which staff take too, keeps the runs
 * apart; each lot is written off at most once, under its wallet's lock, and told of at most once,
 * by its notice row.
 */
@Component
class LotExpiryJob {

    private static final Logger log = LoggerFactory.getLogger(LotExpiryJob.class);

    private final TenantRegistry tenants;
    private final LotExpiryService expiry;
    private final LotExpiryNotices notices;

    LotExpiryJob(TenantRegistry tenants, LotExpiryService expiry, LotExpiryNotices notices) {
        this.tenants = tenants;
        this.expiry = expiry;
        this.notices = notices;
    }

    @Scheduled(cron = "${billing.wallet.expiry-cron:0 7 * * * *}")
    void writeOffLapsedLots() {
        for (TenantDefinition tenant : tenants.all()) {
            try {
                SystemIdentity.runAsOperator(tenant.id(), () -> {
                    expiry.writeOffLapsedLots();
                    notices.tellExpiringSoon();
                });
            } catch (RuntimeException e) {
                log.error("Writing off expired lots failed for tenant {}", tenant.id(), e);
            }
        }
    }
}
