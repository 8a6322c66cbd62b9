package org.billingcenter.ticket;

/** A file sent with a message, without its content. */
public record AttachmentInfo(long id, String fileName, String contentType, long size) {
}
