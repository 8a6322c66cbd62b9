package org.billingcenter.mail;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface OutboxMessageRepository extends JpaRepository<OutboxMessage, Long> {

    List<OutboxMessage> findByStatusOrderById(OutboxMessage.Status status, Limit limit);

    List<OutboxMessage> findByRecipientOrderByIdDesc(String recipient);
}
