package org.billingcenter.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.billingcenter.shared.identity.Role;

/** A person added directly by someone entitled to (invitations by e-mail come with team management). */
public record NewMember(
        @NotBlank(message = "{validation.required}") @Email(message = "{validation.email}") String email,
        @NotBlank(message = "{validation.required}") String password,
        @NotBlank(message = "{validation.required}") @Size(max = 120) String displayName,
        @NotNull Role role) {
}
