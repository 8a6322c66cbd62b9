package org.billingcenter.ticket;

/** An attachment's listing row, read without its bytes. */
record AttachmentRow(long id, long entryId, String fileName, String contentType, long size) {

    AttachmentInfo info() {
        return new AttachmentInfo(id, fileName, contentType, size);
    }
}
