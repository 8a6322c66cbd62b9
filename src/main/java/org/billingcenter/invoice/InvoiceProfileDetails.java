package org.billingcenter.invoice;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An invoice profile, as edited and as listed. For a PRC invoice the title is not part of it: it
 * is always the account's verified name. An international invoice is made out to the billing
 * details of the profile instead: the company's name, its tax or VAT id, billing address and
 * country. Which fields are required depends on the type and the verified kind.
 *
 * @param id null for a new profile
 * @param companyName international invoices only: whom the invoice is made out to
 * @param country international invoices only: the buyer's ISO country code
 */
public record InvoiceProfileDetails(Long id, @NotNull(message = "{validation.required}") InvoiceType type,
        @Size(max = 30, message = "{validation.tooLong}") String taxNumber,
        @Size(max = 200, message = "{validation.tooLong}") String bank,
        @Pattern(regexp = "^$|[0-9 -]{8,40}", message = "{invoice.bankAccountFormat}") String bankAccount,
        @Size(max = 300, message = "{validation.tooLong}") String registeredAddress,
        @Pattern(regexp = "^$|\\+?[0-9 ()-]{5,40}", message = "{validation.phone}") String registeredPhone,
        @Size(max = 200, message = "{validation.tooLong}") String companyName,
        @Size(max = 300, message = "{validation.tooLong}") String billingAddress,
        @Size(max = 2, message = "{validation.tooLong}") String country) {

    /** A PRC profile: no billing details of its own. */
    public InvoiceProfileDetails(Long id, InvoiceType type, String taxNumber, String bank, String bankAccount, String registeredAddress,
            String registeredPhone) {
        this(id, type, taxNumber, bank, bankAccount, registeredAddress, registeredPhone, null, null, null);
    }

    /** An international profile: the billing details an invoice is made out to. */
    public static InvoiceProfileDetails international(Long id, String companyName, String taxNumber, String billingAddress,
            String country) {
        return new InvoiceProfileDetails(id, InvoiceType.INTERNATIONAL, taxNumber, null, null, null, null, companyName, billingAddress,
                country);
    }
}
