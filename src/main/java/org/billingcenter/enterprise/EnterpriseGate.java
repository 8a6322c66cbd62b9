package org.billingcenter.enterprise;

import org.billingcenter.account.AccountService;
import org.billingcenter.account.AccountSummary;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.tenant.TenantDefinition.AccountKind;
import org.billingcenter.tenant.TenantRegistry;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The second half of the enterprise gate: the role check is on every service method
 * (Administrator only); this checks that the tenant sells contracts and the signed-in user's
 * account is a contract account. Every enterprise service calls it before reading anything.
 */
@Component
class EnterpriseGate {

    private final AccountService accounts;
    private final TenantRegistry tenants;

    EnterpriseGate(AccountService accounts, TenantRegistry tenants) {
        this.accounts = accounts;
        this.tenants = tenants;
    }

    /** The signed-in user's enterprise account. */
    AccountSummary requireEnterpriseAccount() {
        AccountSummary account = accounts.myAccount();
        if (!isEnterprise(account)) {
            throw new AccessDeniedException("The enterprise billing centre is for contract accounts only");
        }
        return account;
    }

    /**
     * For the tenant's staff acting on an account by id (recording its contract): it must be an
     * enterprise account of this tenant. Another tenant's account id, or a standard account, is refused.
     */
    AccountSummary requireEnterpriseAccount(long accountId) {
        return accounts.findAccount(accountId).filter(this::isEnterprise)
                .orElseThrow(() -> new BusinessRuleException("enterprise.contract.notEnterpriseAccount"));
    }

    boolean isEnterprise() {
        return isEnterprise(accounts.myAccount());
    }

    private boolean isEnterprise(AccountSummary account) {
        return tenants.current().offers(AccountKind.ENTERPRISE) && account.kind() == AccountKind.ENTERPRISE;
    }
}
