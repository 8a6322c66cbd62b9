package org.billingcenter.wallet;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface VoucherCodeRepository extends JpaRepository<VoucherCode, Long> {

    Optional<VoucherCode> findByCode(String code);

    List<VoucherCode> findByBatchOrderById(String batch);
}
