package org.billingcenter.invoice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.textfield.TextField;

import org.billingcenter.invoice.InvoiceRequestDetails;
import org.billingcenter.invoice.InvoiceSummary;
import org.billingcenter.shared.ui.Display;

/** A requested invoice opened in full: amounts, profile, address, the documents it covers and its status history. */
class InvoiceDetailsDialog extends Dialog {

    final Grid<InvoiceRequestDetails.Document> documents = new Grid<>();
    final Grid<InvoiceRequestDetails.StatusChange> history = new Grid<>();
    final FormLayout facts = new FormLayout();

    InvoiceDetailsDialog(InvoiceRequestDetails details, Display display) {
        InvoiceSummary summary = details.summary();
        setId("invoice-details");
        setHeaderTitle(getTranslation("invoice.details.title", display.money(summary.amount())));
        setWidth("min(60rem, 95vw)");
        fact("invoice.column.status", getTranslation("invoice.status." + summary.status()), "detail-status");
        fact("invoice.column.amount", display.money(summary.amount()), "detail-amount");
        fact("invoice.column.type", getTranslation("invoice.type." + summary.type()), "detail-type");
        fact("invoice.invoiceTitle", summary.title(), "detail-title");
        fact("invoice.taxNumber", summary.taxNumber(), "detail-tax-number");
        if (details.country() != null) {
            fact("invoice.intl.billingAddress", details.billingAddress(), "detail-billing-address");
            fact("invoice.intl.country", java.util.Locale.of("", details.country()).getDisplayCountry(getLocale()), "detail-country");
        }
        fact("invoice.bank", details.bank(), "detail-bank");
        fact("invoice.bankAccount", details.bankAccount() == null ? null : InvoiceLabels.masked(details.bankAccount()), "detail-bank-account");
        fact("invoice.registeredAddress", details.registeredAddress(), "detail-registered-address");
        fact("invoice.registeredPhone", details.registeredPhone(), "detail-registered-phone");
        fact("invoice.recipient", summary.recipient(), "detail-recipient");
        fact("invoice.phone", details.recipientPhone(), "detail-recipient-phone");
        fact("invoice.email", summary.recipientEmail(), "detail-recipient-email");
        fact("invoice.mailingAddress", summary.mailingAddress(), "detail-mailing-address");
        fact("invoice.column.number", summary.invoiceNumber(), "detail-number");
        documents.setId("detail-documents");
        documents.addColumn(d -> display.date(d.date())).setHeader(getTranslation("invoice.column.date"));
        documents.addColumn(d -> getTranslation("invoice.document." + d.type())).setHeader(getTranslation("invoice.column.type"));
        documents.addColumn(InvoiceRequestDetails.Document::description).setHeader(getTranslation("invoice.column.description"));
        documents.addColumn(d -> display.money(d.amount())).setHeader(getTranslation("invoice.column.invoiceable")).setKey("amount");
        documents.setItems(details.documents());
        documents.setAllRowsVisible(true);
        history.setId("detail-history");
        history.addColumn(c -> display.dateTime(c.at())).setHeader(getTranslation("invoice.details.when"));
        history.addColumn(c -> getTranslation("invoice.status." + c.status())).setHeader(getTranslation("invoice.column.status"))
                .setKey("status");
        history.addColumn(c -> c.note() == null ? "" : c.note()).setHeader(getTranslation("invoice.column.note"));
        history.setItems(details.history());
        history.setAllRowsVisible(true);
        add(facts, new H4(getTranslation("invoice.details.documents")), documents, new H4(getTranslation("invoice.details.history")),
                history);
        Button close = new Button(getTranslation("invoice.details.close"), click -> close());
        close.setId("invoice-details-close");
        getFooter().add(close);
    }

    private void fact(String labelKey, String value, String id) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setValue(value == null ? "" : value);
        field.setReadOnly(true);
        field.setId(id);
        facts.add(field);
    }
}
