package org.billingcenter.ticket;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TicketAttachmentRepository extends JpaRepository<TicketAttachment, Long> {

    /** Without the content, which stays in the database until someone downloads the file. */
    @Query("""
            select new org.billingcenter.ticket.AttachmentRow(a.id, a.entryId, a.file.fileName, a.file.contentType, a.file.size)
            from TicketAttachment a where a.ticketId = :ticketId order by a.id""")
    List<AttachmentRow> listed(long ticketId);
}
