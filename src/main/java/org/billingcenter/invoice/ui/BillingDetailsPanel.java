package org.billingcenter.invoice.ui;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.billingcenter.invoice.InvoiceProfileDetails;
import org.billingcenter.invoice.InvoiceService;
import org.billingcenter.shared.ui.Confirm;
import org.billingcenter.shared.ui.Forms;
import org.billingcenter.verification.VerifiedIdentity;

/**
 * The billing details international invoices are made out to: the company's name, its tax or VAT
 * id, billing address and country. A new one starts from the verified identity; each can be
 * edited, and deleted after a confirmation (not while a live request uses it).
 */
class BillingDetailsPanel extends VerticalLayout {

    private final InvoiceService invoices;
    private final VerifiedIdentity identity;
    private Runnable onChange = () -> { };

    final Grid<InvoiceProfileDetails> grid = new Grid<>();
    final TextField companyName = new TextField();
    final TextField taxId = new TextField();
    final TextArea billingAddress = new TextArea();
    final ComboBox<String> country = new ComboBox<>();
    final Button save = new Button();
    final Button cancelEdit = new Button();
    private Long editing;

    BillingDetailsPanel(InvoiceService invoices, VerifiedIdentity identity, boolean manages) {
        this.invoices = invoices;
        this.identity = identity;
        setPadding(false);
        grid.setId("billing-details");
        grid.addColumn(InvoiceProfileDetails::companyName).setHeader(getTranslation("invoice.intl.companyName"));
        grid.addColumn(p -> p.taxNumber() == null ? "" : p.taxNumber()).setHeader(getTranslation("invoice.intl.taxId"));
        grid.addColumn(InvoiceProfileDetails::billingAddress).setHeader(getTranslation("invoice.intl.billingAddress"));
        grid.addColumn(p -> countryName(p.country())).setHeader(getTranslation("invoice.intl.country"));
        grid.setEmptyStateText(getTranslation("invoice.intl.noBillingDetails"));
        grid.setAllRowsVisible(true);
        add(grid);
        if (manages && identity != null) {
            grid.addComponentColumn(this::actions).setKey("actions");
            add(form());
            startFromIdentity();
        }
        refresh();
    }

    private VerticalLayout form() {
        field(companyName, "invoice.intl.companyName", "billing-company-name");
        companyName.setMaxLength(200);
        field(taxId, "invoice.intl.taxId", "billing-tax-id");
        taxId.setHelperText(getTranslation("invoice.intl.taxIdHint"));
        taxId.setMaxLength(30);
        billingAddress.setLabel(getTranslation("invoice.intl.billingAddress"));
        billingAddress.setId("billing-address");
        billingAddress.setMaxLength(300);
        Locale reader = getLocale();
        country.setLabel(getTranslation("invoice.intl.country"));
        country.setId("billing-country");
        country.setItems(Arrays.stream(Locale.getISOCountries())
                .sorted(Comparator.comparing(code -> Locale.of("", code).getDisplayCountry(reader))).toList());
        country.setItemLabelGenerator(this::countryName);
        Forms.clearErrorOnEdit(companyName, taxId, billingAddress, country);
        save.setText(getTranslation("invoice.intl.saveBillingDetails"));
        save.setId("billing-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        cancelEdit.setText(getTranslation("invoice.cancelEdit"));
        cancelEdit.setId("billing-cancel-edit");
        cancelEdit.setVisible(false);
        cancelEdit.addClickListener(click -> stopEditing());
        VerticalLayout form = new VerticalLayout(new FormLayout(companyName, taxId, billingAddress, country),
                new HorizontalLayout(save, cancelEdit));
        form.setPadding(false);
        return form;
    }

    private void save() {
        Map<String, HasValidation> fields = Map.of("companyName", companyName, "taxNumber", taxId, "billingAddress", billingAddress,
                "country", country);
        if (InvoiceFormChanges.saved(this, fields, () -> invoices.saveProfile(InvoiceProfileDetails.international(editing,
                companyName.getValue(), taxId.getValue(), billingAddress.getValue(), country.getValue())))) {
            Forms.notifySuccess(getTranslation("invoice.intl.billingDetailsSaved"));
            stopEditing();
            refresh();
            onChange.run();
        }
    }

    private HorizontalLayout actions(InvoiceProfileDetails details) {
        Button edit = new Button(getTranslation("invoice.edit"), click -> startEditing(details));
        edit.setId("billing-edit-" + details.id());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Button delete = new Button(getTranslation("invoice.delete"), click -> Confirm.ask("billing-delete",
                getTranslation("invoice.intl.deleteBillingDetails"),
                getTranslation("invoice.confirmDeleteProfile", InvoiceLabels.profile(this, details)),
                getTranslation("invoice.delete"), getTranslation("action.cancel"), () -> delete(details)));
        delete.setId("billing-delete-" + details.id());
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(edit, delete);
    }

    void startEditing(InvoiceProfileDetails details) {
        editing = details.id();
        companyName.setValue(details.companyName() == null ? "" : details.companyName());
        taxId.setValue(details.taxNumber() == null ? "" : details.taxNumber());
        billingAddress.setValue(details.billingAddress() == null ? "" : details.billingAddress());
        country.setValue(details.country());
        save.setText(getTranslation("invoice.saveChanges"));
        cancelEdit.setVisible(true);
    }

    private void stopEditing() {
        editing = null;
        startFromIdentity();
        save.setText(getTranslation("invoice.intl.saveBillingDetails"));
        cancelEdit.setVisible(false);
    }

    /** A new set of details starts from what the account was verified with: most accounts need no other. */
    private void startFromIdentity() {
        companyName.setValue(identity.name() == null ? "" : identity.name());
        taxId.setValue(identity.number() == null ? "" : identity.number());
        billingAddress.setValue(identity.billingAddress() == null ? "" : identity.billingAddress());
        country.setValue(identity.country());
    }

    private void delete(InvoiceProfileDetails details) {
        if (InvoiceFormChanges.deleted(this, () -> invoices.deleteProfile(details.id()))) {
            Forms.notifySuccess(getTranslation("invoice.intl.billingDetailsDeleted"));
            if (details.id().equals(editing)) {
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

    private String countryName(String code) {
        return code == null ? "" : Locale.of("", code).getDisplayCountry(getLocale());
    }

    private void field(TextField field, String key, String id) {
        field.setLabel(getTranslation(key));
        field.setId(id);
    }
}
