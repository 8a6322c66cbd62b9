package org.billingcenter.invoice;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An invoice profile, as edited and as listed. The title is not part of it: it is always the
 * account's verified name. Which fields are required depends on the type and the verified kind.
 *
 * @param id null for a new profile
 */
public record InvoiceProfileDetails(Long id, @NotNull(message = "{validation.required}") InvoiceType type,
        @Size(max = 20, message = "{validation.tooLong}") String taxNumber,
        @Size(max = 200, message = "{validation.tooLong}") String bank,
        @Pattern(regexp = "^$|[0-9 -]{8,40}", message = "{invoice.bankAccountFormat}") String bankAccount,
        @Size(max = 300, message = "{validation.tooLong}") String registeredAddress,
        @Pattern(regexp = "^$|\\+?[0-9 ()-]{5,40}", message = "{validation.phone}") String registeredPhone) {
}
