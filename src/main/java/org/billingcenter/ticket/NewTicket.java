package org.billingcenter.ticket;

import java.util.List;

/** What a customer fills in to open a ticket. */
public record NewTicket(String type, String subject, String details, List<NewAttachment> attachments) {

    public NewTicket {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
