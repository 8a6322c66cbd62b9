package org.billingcenter.invoice;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface MailingAddressRepository extends JpaRepository<MailingAddress, Long> {

    List<MailingAddress> findByAccountIdOrderById(long accountId);

    Optional<MailingAddress> findByIdAndAccountId(long id, long accountId);
}
