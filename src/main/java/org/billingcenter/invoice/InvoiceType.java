package org.billingcenter.invoice;

/** The kinds of tax invoice; a special VAT invoice needs the buyer's full tax registration. */
public enum InvoiceType {
    VAT_ORDINARY(false, true),
    VAT_SPECIAL(true, true),
    ELECTRONIC_ORDINARY(false, false);

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
     * modelled portal requires. Every kind offered today is one.
     */
    public boolean isPrc() {
        return true;
    }

    /** Paper invoices are mailed with a tracking number; electronic ones are sent by e-mail when issued. */
    public boolean isPaper() {
        return paper;
    }
}
