package org.billingcenter.account;

import java.util.List;

import org.billingcenter.audit.AuditedType;
import org.billingcenter.audit.HistorySource;
import org.springframework.stereotype.Component;

/** The account feature's audited records and how each belongs to an account. */
@Component
class AccountHistory implements HistorySource {

    @Override
    public List<AuditedType> auditedTypes() {
        return List.of(
                new AuditedType("Account", BillingAccount.class, "id"),
                new AuditedType("Membership", Membership.class, "accountId"),
                new AuditedType("Invitation", Invitation.class, "accountId"),
                // Staff confirm or reject a cloud account with a reason; the account sees the decision.
                new AuditedType("CloudAccount", CloudAccount.class, "accountId"),
                // A user may move between accounts over time; their own record is for the tenant's staff.
                new AuditedType("User", User.class, null));
    }
}
