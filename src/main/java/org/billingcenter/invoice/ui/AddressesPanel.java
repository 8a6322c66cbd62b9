package org.billingcenter.invoice.ui;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

import jakarta.validation.ConstraintViolationException;

import org.billingcenter.invoice.InvoiceService;
import org.billingcenter.invoice.MailingAddressDetails;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.ui.Confirm;
import org.billingcenter.shared.ui.Forms;

/**
 * Where invoices go: paper ones by post, electronic ones by e-mail. An address is edited in the
 * same form, and deleted after a confirmation (not while a live request uses it).
 */
class AddressesPanel extends VerticalLayout {

    private final InvoiceService invoices;
    private Runnable onChange = () -> { };

    final Grid<MailingAddressDetails> grid = new Grid<>();
    final TextField recipient = new TextField();
    final TextField phone = new TextField();
    final EmailField email = new EmailField();
    final TextField address = new TextField();
    final Button save = new Button();
    final Button cancelEdit = new Button();
    private Long editing;

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
            grid.addComponentColumn(this::actions).setKey("actions");
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
            cancelEdit.setText(getTranslation("invoice.cancelEdit"));
            cancelEdit.setId("address-cancel-edit");
            cancelEdit.setVisible(false);
            cancelEdit.addClickListener(click -> stopEditing());
            add(new FormLayout(recipient, phone, email, address), new HorizontalLayout(save, cancelEdit));
        }
        refresh();
    }

    private void save() {
        Map<String, HasValidation> fields = Map.of("recipient", recipient, "phone", phone, "email", email, "address", address);
        try {
            invoices.saveAddress(new MailingAddressDetails(editing, recipient.getValue(), phone.getValue(), email.getValue(),
                    address.getValue()));
            Forms.notifySuccess(getTranslation("invoice.addressSaved"));
            stopEditing();
            refresh();
            onChange.run();
        } catch (ConstraintViolationException invalid) {
            Forms.showViolations(invalid, fields, this::getTranslation);
        } catch (BusinessRuleException refused) {
            Forms.notifyError(getTranslation(refused.messageKey(), refused.arguments()));
        }
    }

    private HorizontalLayout actions(MailingAddressDetails chosen) {
        Button edit = new Button(getTranslation("invoice.edit"), click -> startEditing(chosen));
        edit.setId("address-edit-" + chosen.id());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Button delete = new Button(getTranslation("invoice.delete"), click -> Confirm.ask("address-delete",
                getTranslation("invoice.deleteAddress"), getTranslation("invoice.confirmDeleteAddress", InvoiceLabels.address(chosen)),
                getTranslation("invoice.delete"), getTranslation("action.cancel"), () -> delete(chosen)));
        delete.setId("address-delete-" + chosen.id());
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(edit, delete);
    }

    void startEditing(MailingAddressDetails chosen) {
        editing = chosen.id();
        recipient.setValue(chosen.recipient());
        phone.setValue(chosen.phone());
        email.setValue(chosen.email());
        address.setValue(chosen.address());
        save.setText(getTranslation("invoice.saveChanges"));
        cancelEdit.setVisible(true);
    }

    private void stopEditing() {
        editing = null;
        recipient.clear();
        phone.clear();
        email.clear();
        address.clear();
        save.setText(getTranslation("invoice.saveAddress"));
        cancelEdit.setVisible(false);
    }

    private void delete(MailingAddressDetails chosen) {
        if (InvoiceFormChanges.deleted(this, () -> invoices.deleteAddress(chosen.id()))) {
            Forms.notifySuccess(getTranslation("invoice.addressDeleted"));
            if (chosen.id().equals(editing)) {
                stopEditing();
            }
            refresh();
            onChange.run();
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
