package org.billingcenter.verification;

/** A licence image: as uploaded (the content type is then ignored) or as stored after its check. */
public record LicenceFile(String fileName, String contentType, byte[] content) {
}
