package org.billingcenter.tenant;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The company behind the brand, as its invoices must name it: the tenant file's
 * {@code legal-entity} block. A brand ("Harbor Sites Enterprise Billing") is not who issues an
 * invoice; the legal name and registered address are.
 *
 * @param documentLogo a PNG or JPEG beside the tenant file for printed documents (PDF cannot draw the portal's SVG logo)
 * @param taxId the seller's tax or VAT registration number, printed on invoices when given
 * @param vatRate the VAT rate included in the amounts invoiced (0.06 for 6%), when the tenant's invoices show tax lines
 */
public record LegalEntity(
        @NotBlank @Size(max = 200) String name,
        @NotEmpty @Size(max = 6, message = "must have at most 6 lines") List<@NotBlank @Size(max = 120) String> address,
        @Size(max = 40) String taxId,
        @Pattern(regexp = "[A-Za-z0-9._/-]+\\.(png|jpe?g)", message = "must name a PNG or JPEG file beside the tenant file")
        String documentLogo,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "0.5") BigDecimal vatRate) {

    public LegalEntity {
        address = address == null ? null : List.copyOf(address);
    }
}
