package org.billingcenter.invoice;

/** An issued invoice's PDF. */
public record InvoicePdfFile(String fileName, byte[] content) {

    public static final String MEDIA_TYPE = "application/pdf";
}
