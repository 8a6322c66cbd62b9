package org.billingcenter.invoice;

import java.util.Locale;

import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.verification.TaxIds;
import org.billingcenter.verification.VerificationKind;
import org.billingcenter.verification.VerifiedIdentity;

/**
 * The billing details an international invoice is made out to: a name, a billing address and a
 * country always; a tax or VAT id when the account is a verified company (a person may have
 * none), in a shape the country's ids take. Nothing of the PRC registration is kept.
 */
final class InternationalProfileRules {

    private InternationalProfileRules() {
    }

    static InvoiceProfileDetails checked(InvoiceProfileDetails profile, VerifiedIdentity identity) {
        String name = InvoiceProfileRules.trimmed(profile.companyName());
        String address = InvoiceProfileRules.trimmed(profile.billingAddress());
        String country = InvoiceProfileRules.trimmed(profile.country() == null ? null : profile.country().toUpperCase(Locale.ROOT));
        String taxId = InvoiceProfileRules.trimmed(TaxIds.clean(profile.taxNumber()));
        InvoiceProfileRules.require(name, "companyName");
        if (identity.kind() == VerificationKind.ENTERPRISE) {
            InvoiceProfileRules.require(taxId, "taxNumber");
        }
        InvoiceProfileRules.require(address, "billingAddress");
        InvoiceProfileRules.require(country, "country");
        if (!TaxIds.isCountry(country)) {
            throw new BusinessRuleException("invoice.countryInvalid", "country");
        }
        if (taxId != null && !TaxIds.isPlausible(country, taxId)) {
            throw new BusinessRuleException("invoice.taxIdInvalid", "taxNumber");
        }
        return InvoiceProfileDetails.international(profile.id(), name, taxId, address, country);
    }
}
