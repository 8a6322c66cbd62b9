package org.billingcenter.wallet;

import java.util.Optional;

import org.billingcenter.tenant.TenantDefinition.RechargeMethod;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface RechargeOrderRepository extends JpaRepository<RechargeOrder, Long> {

    Optional<RechargeOrder> findByGatewayReference(String reference);

    Page<RechargeOrder> findByMethodAndStatusOrderByCreatedAt(RechargeMethod method, RechargeStatus status, Pageable page);

    Page<RechargeOrder> findByAccountIdOrderByCreatedAtDesc(long accountId, Pageable page);
}
