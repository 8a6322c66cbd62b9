package org.billingcenter.invoice;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface InvoicePdfRepository extends JpaRepository<InvoicePdf, Long> {

    Optional<InvoicePdf> findByRequestId(long requestId);
}
