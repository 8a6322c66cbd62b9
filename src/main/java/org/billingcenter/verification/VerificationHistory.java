package org.billingcenter.verification;

import java.util.List;

import org.billingcenter.audit.AuditedType;
import org.billingcenter.audit.HistorySource;
import org.springframework.stereotype.Component;

/** Real-name records belong to their account's change history. */
@Component
class VerificationHistory implements HistorySource {

    @Override
    public List<AuditedType> auditedTypes() {
        return List.of(new AuditedType("RealNameVerification", RealNameVerification.class, "accountId"));
    }
}
