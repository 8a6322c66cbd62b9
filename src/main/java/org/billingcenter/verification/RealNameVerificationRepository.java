package org.billingcenter.verification;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

interface RealNameVerificationRepository extends JpaRepository<RealNameVerification, Long> {

    Optional<RealNameVerification> findByAccountId(long accountId);

    /** Taken before a submission or review, so two reviewers (or two tabs) cannot both decide. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select v from RealNameVerification v where v.id = :id")
    Optional<RealNameVerification> lockById(long id);

    Page<RealNameVerification> findByStatusOrderBySubmittedAt(VerificationStatus status, Pageable page);

    long countByStatus(VerificationStatus status);
}
