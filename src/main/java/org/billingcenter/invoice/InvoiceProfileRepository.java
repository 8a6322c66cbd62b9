package org.billingcenter.invoice;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface InvoiceProfileRepository extends JpaRepository<InvoiceProfile, Long> {

    List<InvoiceProfile> findByAccountIdOrderById(long accountId);

    Optional<InvoiceProfile> findByIdAndAccountId(long id, long accountId);
}
