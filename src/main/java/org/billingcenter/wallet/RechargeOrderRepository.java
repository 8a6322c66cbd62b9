package org.billingcenter.wallet;

import java.util.List;
import java.util.Optional;

import org.billingcenter.tenant.TenantDefinition.RechargeMethod;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RechargeOrderRepository extends JpaRepository<RechargeOrder, Long> {

    Optional<RechargeOrder> findByGatewayReference(String reference);

    @Query(value = """
            select o from RechargeOrder o where o.method = :method and o.status = :status
              and (:pattern is null or lower(o.payerName) like :pattern escape '!' or lower(o.bankReference) like :pattern escape '!'
                   or o.id = :orderId)
            order by o.createdAt, o.id""")
    Page<RechargeOrder> awaitingDecision(RechargeMethod method, RechargeStatus status, String pattern, Long orderId, Pageable page);

    Page<RechargeOrder> findByAccountIdOrderByCreatedAtDesc(long accountId, Pageable page);

    /** Online orders of a provider still pending since before {@code before}, oldest first. */
    @Query("""
            select o from RechargeOrder o where o.method = org.billingcenter.tenant.TenantDefinition.RechargeMethod.ONLINE_PAYMENT
              and o.status = org.billingcenter.wallet.RechargeStatus.PENDING and o.provider = :provider and o.createdAt < :before
            order by o.createdAt, o.id""")
    List<RechargeOrder> pendingSince(String provider, java.time.Instant before, Pageable page);
}
