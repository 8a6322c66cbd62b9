package org.billingcenter.verification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What an enterprise submits besides the licence image: the name on it and its unified social credit code. */
public record EnterpriseIdentity(
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String licenceName,
        @NotBlank(message = "{validation.required}") String creditCode) {
}
