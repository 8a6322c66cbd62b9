package org.billingcenter.ticket;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits on what a ticket message may carry.
 *
 * @param maxAttachmentSize the largest file accepted
 * @param maxAttachments    how many files one message may carry
 */
@ConfigurationProperties("billing.tickets")
public record TicketProperties(DataSize maxAttachmentSize, Integer maxAttachments) {

    public TicketProperties {
        maxAttachmentSize = maxAttachmentSize == null ? DataSize.ofMegabytes(5) : maxAttachmentSize;
        maxAttachments = maxAttachments == null ? 3 : maxAttachments;
    }

    /** The file kinds accepted, as name endings for the upload's hint to the browser. */
    public List<String> acceptedExtensions() {
        return AttachmentType.allExtensions().stream().map(extension -> "." + extension).toList();
    }
}
