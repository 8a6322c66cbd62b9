package org.billingcenter.account;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.billingcenter.tenant.TenantDefinition.SettlementMethod;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CloudAccountRepository extends JpaRepository<CloudAccount, Long> {

    List<CloudAccount> findByAccountIdOrderById(long accountId);

    List<CloudAccount> findByAccountIdAndStatusOrderById(long accountId, CloudAccountStatus status);

    List<CloudAccount> findByStatusOrderById(CloudAccountStatus status);

    /** Every account's claims on one subscription (ended ones included), to show staff a disputed id. */
    List<CloudAccount> findByProviderAndSubscriptionId(SettlementMethod provider, String subscriptionId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from CloudAccount c where c.id = :id")
    Optional<CloudAccount> lockById(long id);
}
