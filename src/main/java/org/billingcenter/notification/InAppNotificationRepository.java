package org.billingcenter.notification;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface InAppNotificationRepository extends JpaRepository<InAppNotification, Long> {

    Page<InAppNotification> findByAccountIdOrderByCreatedAtDescIdDesc(long accountId, Pageable page);

    Optional<InAppNotification> findByIdAndAccountId(long id, long accountId);

    long countByAccountIdAndReadAtIsNull(long accountId);

    /** Bulk updates are not tenant-filtered by this Hibernate version, so the tenant is named explicitly. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update InAppNotification n set n.readAt = :at
            where n.tenantId = :tenantId and n.accountId = :accountId and n.readAt is null""")
    int markAllRead(String tenantId, long accountId, Instant at);
}
