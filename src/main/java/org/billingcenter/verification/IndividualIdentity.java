package org.billingcenter.verification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What an individual submits: their legal name and resident identity number. */
public record IndividualIdentity(
        @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") String name,
        @NotBlank(message = "{validation.required}") String idNumber) {
}
