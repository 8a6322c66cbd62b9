package org.billingcenter.ticket;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.SignedInUser;
import org.springframework.stereotype.Component;

/**
 * What both sides do to a thread: check and append messages with their files, record status
 * changes, and read the thread back with only what the reader may see. Callers hold the transaction.
 */
@Component
class TicketThread {

    static final Set<EntryKind> CUSTOMER_SEES = EnumSet.of(EntryKind.MESSAGE, EntryKind.STATUS_CHANGE);
    static final Set<EntryKind> STAFF_SEES = EnumSet.allOf(EntryKind.class);

    private final TicketEntryRepository entries;
    private final TicketAttachmentRepository attachments;
    private final TicketProperties limits;
    private final Clock clock;

    TicketThread(TicketEntryRepository entries, TicketAttachmentRepository attachments, TicketProperties limits, Clock clock) {
        this.entries = entries;
        this.attachments = attachments;
        this.limits = limits;
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    static String requireText(String text, int max, String emptyKey) {
        if (text == null || text.isBlank()) {
            throw new BusinessRuleException(emptyKey);
        }
        String stripped = text.strip();
        if (stripped.length() > max) {
            throw new BusinessRuleException("ticket.tooLong", max);
        }
        return stripped;
    }

    /** Checks every file before anything is written, so a refused file leaves no half-sent message. */
    List<AttachmentType> check(List<NewAttachment> files) {
        if (files.size() > limits.maxAttachments()) {
            throw new BusinessRuleException("ticket.tooManyFiles", limits.maxAttachments());
        }
        return files.stream().map(file -> {
            if (file.content() == null || file.content().length == 0) {
                throw new BusinessRuleException("ticket.fileEmpty", file.fileName());
            }
            if (file.content().length > limits.maxAttachmentSize().toBytes()) {
                throw new BusinessRuleException("ticket.fileTooLarge", file.fileName(), limits.maxAttachmentSize().toMegabytes());
            }
            return AttachmentType.of(file.fileName(), file.content())
                    .orElseThrow(() -> new BusinessRuleException("ticket.fileType", file.fileName()));
        }).toList();
    }

    TicketEntry message(SupportTicket ticket, SignedInUser author, String body, List<NewAttachment> files) {
        String text = requireText(body, TicketEntry.MAX_BODY, "ticket.messageRequired");
        List<AttachmentType> types = check(files);
        TicketEntry entry = entries.save(TicketEntry.message(ticket.getId(), author, text, now()));
        for (int i = 0; i < files.size(); i++) {
            NewAttachment file = files.get(i);
            attachments.save(new TicketAttachment(ticket.getId(), entry.getId(), safeName(file.fileName()), types.get(i),
                    file.content(), now()));
        }
        return entry;
    }

    void internalNote(SupportTicket ticket, SignedInUser author, String body) {
        entries.save(TicketEntry.internalNote(ticket.getId(), author, requireText(body, TicketEntry.MAX_BODY, "ticket.noteRequired"), now()));
    }

    /** Moves the ticket and, when its status really changed, says so in the thread. */
    void move(SupportTicket ticket, SignedInUser actor, TicketStatus next, String reason) {
        if (ticket.moveTo(next, now())) {
            entries.save(TicketEntry.statusChange(ticket.getId(), actor, next, reason, now()));
        }
    }

    TicketDetail detail(SupportTicket ticket, Set<EntryKind> visible) {
        Map<Long, List<AttachmentInfo>> files = attachments.listed(ticket.getId()).stream()
                .collect(Collectors.groupingBy(AttachmentRow::entryId, Collectors.mapping(AttachmentRow::info, Collectors.toList())));
        List<TicketMessage> thread = entries.findByTicketIdAndKindInOrderByIdAsc(ticket.getId(), visible).stream()
                .map(entry -> entry.view(files.getOrDefault(entry.getId(), List.of()))).toList();
        return new TicketDetail(ticket.summary(), thread);
    }

    /** A file only its ticket's readers may fetch; a customer never gets files of internal notes. */
    AttachmentFile file(SupportTicket ticket, long attachmentId, Set<EntryKind> visible) {
        TicketAttachment attachment = attachments.findById(attachmentId)
                .filter(found -> found.getTicketId() == ticket.getId())
                .filter(found -> entries.findById(found.getEntryId()).map(entry -> visible.contains(entry.getKind()))
                        .orElse(false))
                .orElseThrow(() -> new BusinessRuleException("ticket.fileNotFound"));
        return attachment.file();
    }

    /** Keeps the last path segment and drops characters that have no place in a file name. */
    private static String safeName(String name) {
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>|:*?]", "_").strip();
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }
}
