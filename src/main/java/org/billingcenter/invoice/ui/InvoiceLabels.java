package org.billingcenter.invoice.ui;

import com.vaadin.flow.component.Component;

import org.billingcenter.invoice.InvoiceProfileDetails;
import org.billingcenter.invoice.MailingAddressDetails;

/** How profiles and addresses are named in choices; account numbers masked. */
final class InvoiceLabels {

    private InvoiceLabels() {
    }

    static String profile(Component view, InvoiceProfileDetails profile) {
        String tax = profile.taxNumber() == null ? "" : " · " + profile.taxNumber();
        String account = profile.bankAccount() == null ? "" : " · " + masked(profile.bankAccount());
        return view.getTranslation("invoice.type." + profile.type()) + tax + account;
    }

    static String address(MailingAddressDetails address) {
        return address.recipient() + " · " + address.address();
    }

    /** Bank account numbers show their last four digits only. */
    static String masked(String number) {
        String digits = number.replace(" ", "");
        return digits.length() <= 4 ? "****" : "**** " + digits.substring(digits.length() - 4);
    }
}
