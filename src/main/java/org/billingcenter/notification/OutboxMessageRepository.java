package org.billingcenter.notification;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface OutboxMessageRepository extends JpaRepository<OutboxMessage, Long> {

    Page<OutboxMessage> findAllByOrderByIdDesc(Pageable page);

    /** Locked, so a retry and the first delivery never both send it. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from OutboxMessage m where m.id = :id")
    Optional<OutboxMessage> lockById(long id);

    @Query("select m.id from OutboxMessage m where m.status = 'PENDING' order by m.id")
    List<Long> pendingIds(Pageable page);
}
