package org.billingcenter.invoice.ui;

import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;

import org.billingcenter.invoice.InvoiceProfileDetails;
import org.billingcenter.invoice.InvoiceService;
import org.billingcenter.invoice.InvoiceableDocument;
import org.billingcenter.invoice.InvoiceableNow;
import org.billingcenter.invoice.MailingAddressDetails;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.money.Money;
import org.billingcenter.shared.ui.Confirm;
import org.billingcenter.shared.ui.Display;
import org.billingcenter.shared.ui.Forms;

/**
 * What can be requested now, with *Request now* beside it (every open document at once); or pick
 * documents, see what is invoiceable (cash-paid only), pick a profile and an address, confirm.
 */
class RequestPanel extends VerticalLayout {

    private final InvoiceService invoices;
    private final Display display;
    private final Runnable afterRequest;

    final Grid<InvoiceableDocument> documents = new Grid<>();
    final Span amount = new Span();
    final Span requestable = new Span();
    final Button requestNow = new Button();
    final Select<InvoiceProfileDetails> profile = new Select<>();
    final Select<MailingAddressDetails> address = new Select<>();
    final Button submit = new Button();

    RequestPanel(InvoiceService invoices, Display display, Runnable afterRequest) {
        this.invoices = invoices;
        this.display = display;
        this.afterRequest = afterRequest;
        setPadding(false);
        documents.setId("invoiceable-documents");
        documents.setSelectionMode(Grid.SelectionMode.MULTI);
        documents.addColumn(d -> display.date(d.date())).setHeader(getTranslation("invoice.column.date"));
        documents.addColumn(d -> getTranslation("invoice.document." + d.type())).setHeader(getTranslation("invoice.column.type"));
        documents.addColumn(InvoiceableDocument::description).setHeader(getTranslation("invoice.column.description"));
        documents.addColumn(d -> display.money(d.total())).setHeader(getTranslation("invoice.column.total"));
        documents.addColumn(d -> display.money(d.invoiceable())).setHeader(getTranslation("invoice.column.invoiceable"));
        documents.setEmptyStateText(getTranslation("invoice.nothingToInvoice"));
        documents.setAllRowsVisible(true);
        documents.addSelectionListener(change -> showAmount(change.getAllSelectedItems()));
        amount.setId("invoiceable-amount");
        profile.setId("request-profile");
        profile.setLabel(getTranslation("invoice.profile"));
        profile.setItemLabelGenerator(p -> InvoiceLabels.profile(this, p));
        address.setId("request-address");
        address.setLabel(getTranslation("invoice.address"));
        address.setItemLabelGenerator(InvoiceLabels::address);
        submit.setText(getTranslation("invoice.submit"));
        submit.setId("request-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> confirm());
        requestable.setId("invoiceable-now");
        requestNow.setText(getTranslation("invoice.requestNow"));
        requestNow.setId("request-now");
        requestNow.addClickListener(click -> requestAll());
        HorizontalLayout now = new HorizontalLayout(requestable, requestNow);
        now.setAlignItems(Alignment.BASELINE);
        add(now, documents, amount, new HorizontalLayout(profile, address), submit);
        reload();
    }

    void reload() {
        InvoiceableNow now = invoices.invoiceableNow();
        requestable.setText(now.cashBalance().isPositive() ? getTranslation("invoice.requestableNow", display.money(now.total()))
                : getTranslation("invoice.requestableNeedsCash", display.money(now.total()), display.money(now.cashBalance())));
        requestNow.setEnabled(now.total().isPositive());
        documents.setItems(invoices.invoiceable());
        showAmount(Set.of());
        reloadChoices();
    }

    void reloadChoices() {
        List<InvoiceProfileDetails> profiles = invoices.profiles();
        List<MailingAddressDetails> addresses = invoices.addresses();
        profile.setItems(profiles);
        address.setItems(addresses);
        if (profiles.size() == 1) {
            profile.setValue(profiles.getFirst());
        }
        if (addresses.size() == 1) {
            address.setValue(addresses.getFirst());
        }
    }

    private void showAmount(Set<InvoiceableDocument> chosen) {
        amount.setText(chosen.isEmpty() ? getTranslation("invoice.chooseDocuments")
                : getTranslation("invoice.amountOf", chosen.size(), display.money(total(chosen))));
    }

    private static Money total(Set<InvoiceableDocument> chosen) {
        return chosen.stream().map(InvoiceableDocument::invoiceable).reduce(Money::plus).orElseThrow();
    }

    /** Every open document in one request. */
    private void requestAll() {
        documents.asMultiSelect().select(documents.getListDataView().getItems().toList());
        confirm();
    }

    private void confirm() {
        Set<InvoiceableDocument> chosen = documents.getSelectedItems();
        if (chosen.isEmpty()) {
            Forms.notifyError(getTranslation("invoice.noDocuments"));
            return;
        }
        if (profile.getValue() == null) {
            Forms.showError(profile, getTranslation("invoice.profileRequired"));
            return;
        }
        if (address.getValue() == null) {
            Forms.showError(address, getTranslation("invoice.addressRequired"));
            return;
        }
        Confirm.ask("request", getTranslation("invoice.submit"),
                getTranslation("invoice.confirmRequest", chosen.size(), display.money(total(chosen)),
                        InvoiceLabels.profile(this, profile.getValue()), InvoiceLabels.address(address.getValue())),
                getTranslation("action.confirm"), getTranslation("action.cancel"), () -> submit(chosen));
    }

    private void submit(Set<InvoiceableDocument> chosen) {
        try {
            invoices.request(chosen.stream().map(InvoiceableDocument::reference).toList(), profile.getValue().id(),
                    address.getValue().id());
            Forms.notifySuccess(getTranslation("invoice.requested"));
        } catch (BusinessRuleException refused) {
            Forms.notifyError(getTranslation(refused.messageKey(), refused.arguments()));
        }
        reload();
        afterRequest.run();
    }
}
