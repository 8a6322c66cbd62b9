package org.billingcenter.wallet;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface IdempotencyRecordRepository extends JpaRepository<IdempotencyRecord, Long> {

    Optional<IdempotencyRecord> findByAccountIdAndKey(long accountId, String key);
}
