package org.billingcenter.account;

import java.util.List;

import org.billingcenter.tenant.TenantDefinition.AccountKind;
import org.springframework.data.jpa.repository.JpaRepository;

interface BillingAccountRepository extends JpaRepository<BillingAccount, Long> {

    List<BillingAccount> findByKindOrderByEnterpriseName(AccountKind kind);
}
