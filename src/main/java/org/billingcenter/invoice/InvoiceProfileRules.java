package org.billingcenter.invoice;

import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.tenant.TenantDefinition.TaxInvoiceKind;
import org.billingcenter.verification.IdentityNumbers;
import org.billingcenter.verification.VerificationKind;
import org.billingcenter.verification.VerifiedIdentity;

/**
 * Which profile fields each invoice type needs. An enterprise's invoice always carries its
 * taxpayer id; a special VAT invoice also the bank, account number, registered address and phone,
 * and only an enterprise can ask for one. A type of the kind the tenant does not offer is refused
 * (no PRC VAT invoice abroad, no international invoice in the PRC).
 */
final class InvoiceProfileRules {

    private InvoiceProfileRules() {
    }

    /** The profile as stored: trimmed, the tax number in capitals; or a refusal naming the field. */
    static InvoiceProfileDetails checked(InvoiceProfileDetails profile, VerifiedIdentity identity, TaxInvoiceKind offered) {
        if (profile.type().kind() != offered) {
            throw new BusinessRuleException("invoice.kindNotOffered", "type");
        }
        return profile.type().isPrc() ? prc(profile, identity) : InternationalProfileRules.checked(profile, identity);
    }

    private static InvoiceProfileDetails prc(InvoiceProfileDetails profile, VerifiedIdentity identity) {
        InvoiceProfileDetails clean = new InvoiceProfileDetails(profile.id(), profile.type(),
                blankToNull(IdentityNumbers.normalise(profile.taxNumber())), trimmed(profile.bank()), trimmed(profile.bankAccount()),
                trimmed(profile.registeredAddress()), trimmed(profile.registeredPhone()));
        boolean enterprise = identity.kind() == VerificationKind.ENTERPRISE;
        if (clean.type() == InvoiceType.VAT_SPECIAL && !enterprise) {
            throw new BusinessRuleException("invoice.specialNeedsEnterprise");
        }
        if (enterprise || clean.type().needsFullRegistration()) {
            require(clean.taxNumber(), "taxNumber");
        }
        if (clean.taxNumber() != null && !IdentityNumbers.isCreditCode(clean.taxNumber())) {
            throw new BusinessRuleException("invoice.taxNumberInvalid", "taxNumber");
        }
        if (clean.type().needsFullRegistration()) {
            require(clean.bank(), "bank");
            require(clean.bankAccount(), "bankAccount");
            require(clean.registeredAddress(), "registeredAddress");
            require(clean.registeredPhone(), "registeredPhone");
        }
        return clean;
    }

    static void require(String value, String field) {
        if (value == null) {
            throw new BusinessRuleException("invoice.fieldRequired", field);
        }
    }

    static String trimmed(String value) {
        return value == null ? null : blankToNull(value.strip());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
