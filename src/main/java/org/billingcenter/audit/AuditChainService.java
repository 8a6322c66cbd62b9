package org.billingcenter.audit;

import jakarta.annotation.security.RolesAllowed;

import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.tenancy.TenantContext;
import org.springframework.stereotype.Service;

/**
 * Lets an auditor check that the current tenant's change history is as it was recorded. The
 * revisions committed so far are sealed first, so the check covers the latest changes too.
 */
@Service
public class AuditChainService {

    private final AuditChain chain;

    AuditChainService(AuditChain chain) {
        this.chain = chain;
    }

    @RolesAllowed({Role.Names.AUDITOR, Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.OPERATOR})
    public ChainVerification verify() {
        String tenant = TenantContext.require();
        chain.sealPending(tenant);
        return chain.verify(tenant);
    }
}
