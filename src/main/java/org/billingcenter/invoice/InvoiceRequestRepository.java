package org.billingcenter.invoice;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface InvoiceRequestRepository extends JpaRepository<InvoiceRequest, Long> {

    Page<InvoiceRequest> findByAccountIdOrderByIdDesc(long accountId, Pageable page);

    Optional<InvoiceRequest> findByIdAndAccountId(long id, long accountId);

    List<InvoiceRequest> findByAccountIdAndProfileId(long accountId, Long profileId);

    List<InvoiceRequest> findByAccountIdAndAddressId(long accountId, Long addressId);

    @Query("select r from InvoiceRequest r where (:status is null or r.status = :status) order by r.requestedAt, r.id")
    Page<InvoiceRequest> queue(InvoiceStatus status, Pageable page);

    long countByStatus(InvoiceStatus status);

    /** Two operators deciding the same request wait for each other; the second sees the first's decision. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from InvoiceRequest r where r.id = :id")
    Optional<InvoiceRequest> lockById(long id);
}
