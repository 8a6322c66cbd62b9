package org.billingcenter.wallet.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import org.billingcenter.tenant.BankRemittance;

/** The tenant's bank account, one labelled line per detail it gives, for the payer to copy onto a transfer. */
class PayeeAccountDetails extends Div {

    PayeeAccountDetails(BankRemittance payee) {
        setId("payee-account");
        addClassName("bc-payee-account");
        line("payee-account-name", "remittance.payee.accountName", payee.accountName());
        line("payee-bank", "remittance.payee.bank", payee.bankName());
        line("payee-branch", "remittance.payee.branch", payee.branch());
        line("payee-account-number", "remittance.payee.accountNumber", payee.accountNumber());
        line("payee-routing-number", "remittance.payee.routingNumber", payee.routingNumber());
        line("payee-swift-code", "remittance.payee.swiftCode", payee.swiftCode());
        if (payee.note() != null && !payee.note().isBlank()) {
            Div note = new Div(payee.note());
            note.setId("payee-note");
            note.addClassName("bc-payee-note");
            add(note);
        }
    }

    private void line(String id, String labelKey, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("bc-payee-label");
        Span shown = new Span(value);
        shown.setId(id);
        shown.addClassName("bc-payee-value");
        add(new Div(label, shown));
    }
}
