package org.billingcenter.shared.pdf;

import java.util.List;

/**
 * Who issues a printed document, as the top of its first page shows it.
 *
 * @param logo a PNG or JPEG image, or null for none
 * @param taxId the issuer's tax registration number, or null
 */
public record Letterhead(byte[] logo, String legalName, List<String> address, String taxId) {

    public Letterhead {
        address = address == null ? List.of() : List.copyOf(address);
    }
}
