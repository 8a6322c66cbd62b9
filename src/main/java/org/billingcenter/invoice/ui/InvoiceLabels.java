package org.billingcenter.invoice.ui;

import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;

import org.billingcenter.invoice.InvoiceProfileDetails;
import org.billingcenter.invoice.MailingAddressDetails;

/** How profiles (PRC registrations or international billing details) and addresses are named in choices; account numbers masked. */
final class InvoiceLabels {

    private InvoiceLabels() {
    }

    static String profile(Component view, InvoiceProfileDetails profile) {
        if (!profile.type().isPrc()) {
            Locale reader = Optional.ofNullable(UI.getCurrent()).map(UI::getLocale).orElse(Locale.ENGLISH);
            return profile.companyName() + (profile.taxNumber() == null ? "" : " · " + profile.taxNumber()) + " · "
                    + Locale.of("", profile.country()).getDisplayCountry(reader);
        }
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
