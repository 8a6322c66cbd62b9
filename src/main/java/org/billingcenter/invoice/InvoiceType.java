package org.billingcenter.invoice;

import java.util.List;

import org.billingcenter.tenant.TenantDefinition.TaxInvoiceKind;

/**
 * The kinds of tax invoice. The PRC ones are VAT invoices (a special one needs the buyer's full
 * tax registration); the international one is a PDF invoice, or a receipt when the seller charges
 * no VAT, made out to the billing details the customer gives.
 */
public enum InvoiceType {
    VAT_ORDINARY(false, true),
    VAT_SPECIAL(true, true),
    ELECTRONIC_ORDINARY(false, false),
    INTERNATIONAL(false, false);

    private final boolean fullRegistration;
    private final boolean paper;

    InvoiceType(boolean fullRegistration, boolean paper) {
        this.fullRegistration = fullRegistration;
        this.paper = paper;
    }

    /** Whether bank, account number, registered address and phone are required. */
    public boolean needsFullRegistration() {
        return fullRegistration;
    }

    /**
     * A PRC tax invoice (fapiao): only an enterprise-verified account may ask for one, as the
     * modelled portal requires.
     */
    public boolean isPrc() {
        return this != INTERNATIONAL;
    }

    /** Paper invoices are mailed with a tracking number; electronic ones are sent by e-mail when issued. */
    public boolean isPaper() {
        return paper;
    }

    /** The invoice kind a tenant of that kind offers this type under. */
    public TaxInvoiceKind kind() {
        return isPrc() ? TaxInvoiceKind.PRC_VAT : TaxInvoiceKind.INTERNATIONAL;
    }

    /** The types a tenant of the kind offers, in the order forms list them. */
    public static List<InvoiceType> offeredBy(TaxInvoiceKind kind) {
        return java.util.Arrays.stream(values()).filter(type -> type.kind() == kind).toList();
    }
}
