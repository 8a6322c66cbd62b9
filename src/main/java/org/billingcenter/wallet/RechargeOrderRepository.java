package org.billingcenter.wallet;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.billingcenter.tenant.TenantDefinition.RechargeMethod;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface RechargeOrderRepository extends JpaRepository<RechargeOrder, Long> {

    Optional<RechargeOrder> findByGatewayReference(String reference);

    @Query("select new org.billingcenter.wallet.PaymentReference(o.gatewayReference, o.id, o.accountId) from RechargeOrder o where o.gatewayReference in :references")
    List<PaymentReference> referenced(Collection<String> references);

    /** The orders still pending among these, locked; a stale copy held in the session is caught by the version check on update. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from RechargeOrder o where o.id in :ids and o.status = org.billingcenter.wallet.RechargeStatus.PENDING order by o.id")
    List<RechargeOrder> lockPending(Collection<Long> ids);

    @Query(value = """
            select o from RechargeOrder o where o.method = :method and o.status = :status
              and (:pattern is null or lower(o.payerName) like :pattern escape '!' or lower(o.bankReference) like :pattern escape '!')
            order by o.createdAt, o.id""")
    Page<RechargeOrder> awaitingDecision(RechargeMethod method, RechargeStatus status, String pattern, Pageable page);

    Page<RechargeOrder> findByAccountIdOrderByCreatedAtDesc(long accountId, Pageable page);
}
