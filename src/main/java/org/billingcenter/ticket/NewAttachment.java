package org.billingcenter.ticket;

/** A file the sender chose; its name is only a hint, its type is read from the content. */
public record NewAttachment(String fileName, byte[] content) {
}
