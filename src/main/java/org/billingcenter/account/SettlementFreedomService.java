package org.billingcenter.account;

import jakarta.annotation.security.RolesAllowed;

import org.billingcenter.audit.AuditTrail;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.i18n.Message;
import org.billingcenter.shared.identity.CurrentUser;
import org.billingcenter.shared.identity.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Arbitrary selection of settlement method": the tenant's staff may let one account move its
 * workspaces between methods even while the cloud subscription they settle on still runs. A
 * deliberate exception, so it needs a reason, and the account's history shows who allowed it.
 */
@Service
@Transactional
public class SettlementFreedomService {

    private final BillingAccountRepository accounts;
    private final AuditTrail auditTrail;

    SettlementFreedomService(BillingAccountRepository accounts, AuditTrail auditTrail) {
        this.accounts = accounts;
        this.auditTrail = auditTrail;
    }

    /** Whether the signed-in user's account may choose any settlement method. */
    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE, Role.Names.MEMBER, Role.Names.AUDITOR})
    @Transactional(readOnly = true)
    public boolean anyMethodAllowed() {
        return accounts.findById(CurrentUser.requireAccountId()).map(BillingAccount::anySettlementMethod).orElse(false);
    }

    /** Staff allow (or withdraw) any settlement method for one account of their tenant, saying why. */
    @RolesAllowed(Role.Names.OPERATOR)
    public void allowAnyMethod(long accountId, boolean allowed, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("settlementFreedom.reasonRequired");
        }
        BillingAccount account = accounts.lockById(accountId).orElseThrow(() -> new BusinessRuleException("settlementFreedom.noAccount"));
        auditTrail.because(Message.of(allowed ? "audit.reason.anySettlementAllowed" : "audit.reason.anySettlementWithdrawn", reason.strip()));
        account.allowAnySettlementMethod(allowed);
    }
}
