package org.billingcenter.invoice;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InvoiceRequestLineRepository extends JpaRepository<InvoiceRequestLine, Long> {

    List<InvoiceRequestLine> findByRequestIdOrderById(long requestId);

    List<InvoiceRequestLine> findByRequestIdInOrderById(Collection<Long> requestIds);

    @Query("select l.activeReference from InvoiceRequestLine l where l.accountId = :accountId and l.activeReference is not null")
    Set<String> activeReferences(long accountId);
}
