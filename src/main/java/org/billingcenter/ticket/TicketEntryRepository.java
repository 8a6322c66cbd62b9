package org.billingcenter.ticket;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TicketEntryRepository extends JpaRepository<TicketEntry, Long> {

    List<TicketEntry> findByTicketIdAndKindInOrderByIdAsc(long ticketId, Collection<EntryKind> kinds);
}
