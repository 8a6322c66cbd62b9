package org.billingcenter.enterprise;

import java.util.List;

import org.billingcenter.audit.AuditedType;
import org.billingcenter.audit.HistorySource;
import org.springframework.stereotype.Component;

/** The enterprise records in the change history; allotments and payments carry no account of their own, so only staff read theirs. */
@Component
class EnterpriseHistory implements HistorySource {

    @Override
    public List<AuditedType> auditedTypes() {
        return List.of(
                new AuditedType("Contract", Contract.class, "accountId"),
                new AuditedType("PlanAllotment", Allotment.class, null),
                new AuditedType("Site", Site.class, "accountId"),
                new AuditedType("ContractInvoice", ContractInvoice.class, "accountId"),
                // A payment names its invoice, not the account: staff read payments, the account reads the invoice's paid sum.
                new AuditedType("InvoicePayment", InvoicePayment.class, null));
    }
}
