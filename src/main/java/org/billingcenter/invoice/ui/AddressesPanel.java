package org.billingcenter.invoice.ui;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

import jakarta.validation.ConstraintViolationException;

import org.billingcenter.invoice.InvoiceService;
import org.billingcenter.invoice.MailingAddressDetails;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.ui.Forms;

/** Where invoices go: paper ones by post, electronic ones by e-mail. */
class AddressesPanel extends VerticalLayout {

    private final InvoiceService invoices;
    private Runnable onChange = () -> { };

    final Grid<MailingAddressDetails> grid = new Grid<>();
    final TextField recipient = new TextField();
    final TextField phone = new TextField();
    final EmailField email = new EmailField();
    final TextField address = new TextField();
    final Button save = new Button();

    AddressesPanel(InvoiceService invoices, boolean manages) {
        this.invoices = invoices;
        setPadding(false);
        grid.setId("mailing-addresses");
        grid.addColumn(MailingAddressDetails::recipient).setHeader(getTranslation("invoice.recipient"));
        grid.addColumn(MailingAddressDetails::phone).setHeader(getTranslation("invoice.phone"));
        grid.addColumn(MailingAddressDetails::email).setHeader(getTranslation("invoice.email"));
        grid.addColumn(MailingAddressDetails::address).setHeader(getTranslation("invoice.mailingAddress"));
        grid.setEmptyStateText(getTranslation("invoice.noAddresses"));
        grid.setAllRowsVisible(true);
        add(grid);
        if (manages) {
            field(recipient, "invoice.recipient", "address-recipient");
            field(phone, "invoice.phone", "address-phone");
            email.setLabel(getTranslation("invoice.email"));
            email.setId("address-email");
            field(address, "invoice.mailingAddress", "address-address");
            Forms.clearErrorOnEdit(recipient, phone, email, address);
            save.setText(getTranslation("invoice.saveAddress"));
            save.setId("address-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(click -> save());
            add(new FormLayout(recipient, phone, email, address), save);
        }
        refresh();
    }

    private void save() {
        Map<String, HasValidation> fields = Map.of("recipient", recipient, "phone", phone, "email", email, "address", address);
        try {
            invoices.saveAddress(new MailingAddressDetails(null, recipient.getValue(), phone.getValue(), email.getValue(),
                    address.getValue()));
            Forms.notifySuccess(getTranslation("invoice.addressSaved"));
            recipient.clear();
            phone.clear();
            email.clear();
            address.clear();
            refresh();
            onChange.run();
        } catch (ConstraintViolationException invalid) {
            Forms.showViolations(invalid, fields, this::getTranslation);
        } catch (BusinessRuleException refused) {
            Forms.notifyError(getTranslation(refused.messageKey(), refused.arguments()));
        }
    }

    void onChange(Runnable action) {
        this.onChange = action;
    }

    private void refresh() {
        grid.setItems(invoices.addresses());
    }

    private void field(TextField field, String key, String id) {
        field.setLabel(getTranslation(key));
        field.setId(id);
    }
}
