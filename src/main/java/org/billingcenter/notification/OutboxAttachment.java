package org.billingcenter.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.billingcenter.shared.file.StoredFile;
import org.billingcenter.shared.persistence.TenantOwned;

/** A file attached to an outbox e-mail, read only when the e-mail is handed to the mail server. */
@Entity
@Table(name = "outbox_attachment")
class OutboxAttachment extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "message_id", nullable = false, updatable = false)
    private long messageId;

    @Embedded
    private StoredFile file;

    protected OutboxAttachment() {
    }

    OutboxAttachment(long messageId, MailAttachment attachment) {
        this.messageId = messageId;
        this.file = new StoredFile(attachment.fileName(), attachment.contentType(), attachment.content());
    }

    MailAttachment view() {
        return new MailAttachment(file.fileName(), file.contentType(), file.content());
    }
}
