package org.billingcenter.ticket;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SupportTicketRepository extends JpaRepository<SupportTicket, Long> {

    Optional<SupportTicket> findByIdAndAccountId(long id, long accountId);

    /**
     * The one search behind both the customer's list and the staff's queue. The keyword is a
     * lower-case LIKE pattern ('!' escapes); internal notes are searched only for staff.
     */
    @Query("""
            select t from SupportTicket t
            where (:accountId is null or t.accountId = :accountId)
              and (:from is null or t.createdAt >= :from)
              and (:until is null or t.createdAt < :until)
              and t.status in :statuses
              and (:type is null or t.type = :type)
              and (:assignee is null or t.assigneeUserId = :assignee)
              and (:unassigned = false or t.assigneeUserId is null)
              and (:keyword is null or lower(t.subject) like :keyword escape '!'
                   or exists (select e.id from TicketEntry e where e.ticketId = t.id
                              and (e.kind = org.billingcenter.ticket.EntryKind.MESSAGE or :staff = true)
                              and lower(e.body) like :keyword escape '!'))""")
    Page<SupportTicket> search(Long accountId, Instant from, Instant until, Collection<TicketStatus> statuses, String type,
            Long assignee, boolean unassigned, String keyword, boolean staff, Pageable page);

    long countByStatusIn(Collection<TicketStatus> statuses);

    long countByStatusInAndAssigneeUserIdIsNull(Collection<TicketStatus> statuses);

    long countByStatusInAndAssigneeUserId(Collection<TicketStatus> statuses, long assignee);
}
