package org.billingcenter.notification;

import java.util.Objects;

/** A file an e-mail carries: its name as the reader sees it, its media type and its bytes. */
public record MailAttachment(String fileName, String contentType, byte[] content) {

    public MailAttachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
    }
}
