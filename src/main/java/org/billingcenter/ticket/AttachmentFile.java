package org.billingcenter.ticket;

/** A file's content for download. */
public record AttachmentFile(String fileName, String contentType, byte[] content) {
}
