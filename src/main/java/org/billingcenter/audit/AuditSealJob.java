package org.billingcenter.audit;

import org.billingcenter.tenant.TenantDefinition;
import org.billingcenter.tenant.TenantRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Seals new revisions every few seconds, tenant by tenant; on several nodes the chain head's lock keeps them in turn. */
@Component
class AuditSealJob {

    private static final Logger log = LoggerFactory.getLogger(AuditSealJob.class);

    private final TenantRegistry tenants;
    private final AuditChain chain;

    AuditSealJob(TenantRegistry tenants, AuditChain chain) {
        this.tenants = tenants;
        this.chain = chain;
    }

    @Scheduled(fixedDelayString = "${billing.audit.seal-interval:PT10S}")
    void sealNewRevisions() {
        for (TenantDefinition tenant : tenants.all()) {
            try {
                chain.sealPending(tenant.id());
            } catch (RuntimeException e) {
                log.error("Sealing audit revisions failed for tenant {}", tenant.id(), e);
            }
        }
    }
}
