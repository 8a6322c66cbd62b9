package org.billingcenter.account;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.billingcenter.tenant.TenantDefinition.AccountKind;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface BillingAccountRepository extends JpaRepository<BillingAccount, Long> {

    List<BillingAccount> findByKindOrderByEnterpriseName(AccountKind kind);

    /** The account's row, locked until the transaction ends: team changes of one account take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from BillingAccount a where a.id = :id")
    Optional<BillingAccount> lockById(long id);
}
