package org.billingcenter.verification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What an account holder abroad submits: the company's name (or the person's full name), the tax
 * or VAT id (a company must give one, a person may not have one), the billing address and the country.
 */
public record InternationalIdentity(
        @NotNull(message = "{validation.required}") VerificationKind kind,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String name,
        @Size(max = 30, message = "{validation.tooLong}") String taxId,
        @NotBlank(message = "{validation.required}") String country,
        @NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.tooLong}") String billingAddress) {
}
