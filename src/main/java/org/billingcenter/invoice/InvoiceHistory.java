package org.billingcenter.invoice;

import java.util.List;

import org.billingcenter.audit.AuditedType;
import org.billingcenter.audit.HistorySource;
import org.springframework.stereotype.Component;

/** Invoice records belong to their account's change history. */
@Component
class InvoiceHistory implements HistorySource {

    @Override
    public List<AuditedType> auditedTypes() {
        return List.of(
                new AuditedType("InvoiceProfile", InvoiceProfile.class, "accountId"),
                new AuditedType("MailingAddress", MailingAddress.class, "accountId"),
                new AuditedType("InvoiceRequest", InvoiceRequest.class, "accountId"),
                new AuditedType("InvoiceRequestLine", InvoiceRequestLine.class, "accountId"));
    }
}
