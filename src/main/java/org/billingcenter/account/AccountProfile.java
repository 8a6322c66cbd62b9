package org.billingcenter.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The account's public face: who the customer is and whom to contact. */
public record AccountProfile(
        @NotBlank(message = "{account.profile.enterpriseName.required}") @Size(max = 200) String enterpriseName,
        @Size(max = 100) String industry,
        @Size(max = 100) String region,
        @Size(max = 1000) String introduction,
        @Size(max = 120) String contactName,
        @Email(message = "{validation.email}") @Size(max = 320) String contactEmail,
        @Pattern(regexp = "^$|^\\+?[0-9 ()-]{5,40}$", message = "{validation.phone}") String contactPhone) {
}
