package org.billingcenter.invoice.ui;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import org.billingcenter.invoice.InvoiceProfileDetails;
import org.billingcenter.invoice.InvoiceService;
import org.billingcenter.invoice.InvoiceType;
import org.billingcenter.shared.ui.Confirm;
import org.billingcenter.shared.ui.Forms;
import org.billingcenter.verification.VerifiedIdentity;

/**
 * The account's invoice profiles; the title is the verified name and cannot be typed. A profile
 * is edited in the same form, and deleted after a confirmation (not while a live request uses it).
 */
class ProfilesPanel extends VerticalLayout {

    private final InvoiceService invoices;
    private Runnable onChange = () -> { };

    final Grid<InvoiceProfileDetails> grid = new Grid<>();
    final TextField title = new TextField();
    final Select<InvoiceType> type = new Select<>();
    final TextField taxNumber = new TextField();
    final TextField bank = new TextField();
    final TextField bankAccount = new TextField();
    final TextField registeredAddress = new TextField();
    final TextField registeredPhone = new TextField();
    final Button save = new Button();
    final Button cancelEdit = new Button();
    private Long editing;

    ProfilesPanel(InvoiceService invoices, VerifiedIdentity identity, boolean manages) {
        this.invoices = invoices;
        setPadding(false);
        grid.setId("invoice-profiles");
        grid.addColumn(p -> getTranslation("invoice.type." + p.type())).setHeader(getTranslation("invoice.column.type"));
        grid.addColumn(p -> p.taxNumber() == null ? "" : p.taxNumber()).setHeader(getTranslation("invoice.taxNumber"));
        grid.addColumn(p -> p.bank() == null ? "" : p.bank()).setHeader(getTranslation("invoice.bank"));
        grid.addColumn(p -> p.bankAccount() == null ? "" : InvoiceLabels.masked(p.bankAccount()))
                .setHeader(getTranslation("invoice.bankAccount"));
        grid.setEmptyStateText(getTranslation("invoice.noProfiles"));
        grid.setAllRowsVisible(true);
        add(grid);
        if (manages && identity != null) {
            grid.addComponentColumn(this::actions).setKey("actions");
            add(form(identity));
        }
        refresh();
    }

    private VerticalLayout form(VerifiedIdentity identity) {
        title.setLabel(getTranslation("invoice.invoiceTitle"));
        title.setId("profile-title");
        title.setValue(identity.name());
        title.setReadOnly(true);
        title.setHelperText(getTranslation("invoice.titleHint"));
        type.setLabel(getTranslation("invoice.type"));
        type.setId("profile-type");
        type.setItems(InvoiceType.values());
        type.setItemLabelGenerator(value -> getTranslation("invoice.type." + value));
        field(taxNumber, "invoice.taxNumber", "profile-tax-number");
        taxNumber.setHelperText(getTranslation("invoice.taxNumberHint"));
        field(bank, "invoice.bank", "profile-bank");
        field(bankAccount, "invoice.bankAccount", "profile-bank-account");
        field(registeredAddress, "invoice.registeredAddress", "profile-registered-address");
        field(registeredPhone, "invoice.registeredPhone", "profile-registered-phone");
        Forms.clearErrorOnEdit(type, taxNumber, bank, bankAccount, registeredAddress, registeredPhone);
        save.setText(getTranslation("invoice.saveProfile"));
        save.setId("profile-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        cancelEdit.setText(getTranslation("invoice.cancelEdit"));
        cancelEdit.setId("profile-cancel-edit");
        cancelEdit.setVisible(false);
        cancelEdit.addClickListener(click -> stopEditing());
        VerticalLayout form = new VerticalLayout(new FormLayout(title, type, taxNumber, bank, bankAccount, registeredAddress,
                registeredPhone), new HorizontalLayout(save, cancelEdit));
        form.setPadding(false);
        return form;
    }

    private void save() {
        Map<String, HasValidation> fields = Map.of("type", type, "taxNumber", taxNumber, "bank", bank, "bankAccount", bankAccount,
                "registeredAddress", registeredAddress, "registeredPhone", registeredPhone);
        if (InvoiceFormChanges.saved(this, fields, () -> invoices.saveProfile(new InvoiceProfileDetails(editing, type.getValue(),
                taxNumber.getValue(), bank.getValue(), bankAccount.getValue(), registeredAddress.getValue(), registeredPhone.getValue())))) {
            Forms.notifySuccess(getTranslation("invoice.profileSaved"));
            stopEditing();
            refresh();
            onChange.run();
        }
    }

    private HorizontalLayout actions(InvoiceProfileDetails profile) {
        Button edit = new Button(getTranslation("invoice.edit"), click -> startEditing(profile));
        edit.setId("profile-edit-" + profile.id());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Button delete = new Button(getTranslation("invoice.delete"), click -> Confirm.ask("profile-delete",
                getTranslation("invoice.deleteProfile"), getTranslation("invoice.confirmDeleteProfile", InvoiceLabels.profile(this, profile)),
                getTranslation("invoice.delete"), getTranslation("action.cancel"), () -> delete(profile)));
        delete.setId("profile-delete-" + profile.id());
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(edit, delete);
    }

    void startEditing(InvoiceProfileDetails profile) {
        editing = profile.id();
        type.setValue(profile.type());
        taxNumber.setValue(profile.taxNumber() == null ? "" : profile.taxNumber());
        bank.setValue(profile.bank() == null ? "" : profile.bank());
        bankAccount.setValue(profile.bankAccount() == null ? "" : profile.bankAccount());
        registeredAddress.setValue(profile.registeredAddress() == null ? "" : profile.registeredAddress());
        registeredPhone.setValue(profile.registeredPhone() == null ? "" : profile.registeredPhone());
        save.setText(getTranslation("invoice.saveChanges"));
        cancelEdit.setVisible(true);
    }

    private void stopEditing() {
        editing = null;
        type.clear();
        for (TextField field : new TextField[] {taxNumber, bank, bankAccount, registeredAddress, registeredPhone}) {
            field.clear();
        }
        save.setText(getTranslation("invoice.saveProfile"));
        cancelEdit.setVisible(false);
    }

    private void delete(InvoiceProfileDetails profile) {
        if (InvoiceFormChanges.deleted(this, () -> invoices.deleteProfile(profile.id()))) {
            Forms.notifySuccess(getTranslation("invoice.profileDeleted"));
            if (profile.id().equals(editing)) {
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
        grid.setItems(invoices.profiles());
    }

    private void field(TextField field, String key, String id) {
        field.setLabel(getTranslation(key));
        field.setId(id);
    }
}
