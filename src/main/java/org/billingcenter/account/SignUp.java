package org.billingcenter.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.billingcenter.tenant.TenantDefinition.AccountKind;

/** What a person gives to open an account at a tenant. */
public record SignUp(
        @NotBlank(message = "{validation.required}") @Email(message = "{validation.email}") @Size(max = 320) String email,
        @NotBlank(message = "{validation.required}") @Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH, message = "{password.length}") String password,
        @NotBlank(message = "{validation.required}") @Size(max = 120) String displayName,
        @NotNull(message = "{validation.required}") AccountKind kind,
        @NotBlank(message = "{validation.required}") @Size(max = 200) String enterpriseName) {
}
