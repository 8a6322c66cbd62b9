package org.billingcenter.invoice;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Where paper invoices are mailed and electronic ones e-mailed. @param id null for a new address */
public record MailingAddressDetails(Long id,
        @NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.tooLong}") String recipient,
        @NotBlank(message = "{validation.required}") @Pattern(regexp = "\\+?[0-9 ()-]{5,40}", message = "{validation.phone}") String phone,
        @NotBlank(message = "{validation.required}") @Email(message = "{validation.email}") @Size(max = 320) String email,
        @NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.tooLong}") String address) {
}
