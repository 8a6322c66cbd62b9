package org.billingcenter.verification.ui;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import jakarta.validation.ConstraintViolationException;

import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.ui.Forms;
import org.billingcenter.verification.InternationalIdentity;
import org.billingcenter.verification.MyVerification;
import org.billingcenter.verification.VerificationKind;
import org.billingcenter.verification.VerificationService;

/**
 * The international submission: a company's name or a person's full name, the tax or VAT id, the
 * billing address and the country (names in the reader's language). No licence image: the staff
 * check the id against the country's public register.
 */
class InternationalIdentityForm extends VerticalLayout {

    private final VerificationService verification;

    final RadioButtonGroup<VerificationKind> kind = new RadioButtonGroup<>();
    final TextField name = new TextField();
    final TextField taxId = new TextField();
    final ComboBox<String> country = new ComboBox<>();
    final TextArea billingAddress = new TextArea();

    InternationalIdentityForm(VerificationService verification) {
        this.verification = verification;
        setPadding(false);
        kind.setId("verification-kind");
        kind.setLabel(getTranslation("verification.kind"));
        kind.setItems(VerificationKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("verification.intl.kind." + value));
        kind.addValueChangeListener(change -> name.setLabel(getTranslation(change.getValue() == VerificationKind.INDIVIDUAL
                ? "verification.intl.personName" : "verification.intl.companyName")));
        name.setId("intl-name");
        name.setLabel(getTranslation("verification.intl.companyName"));
        name.setMaxLength(200);
        taxId.setId("intl-tax-id");
        taxId.setLabel(getTranslation("verification.intl.taxId"));
        taxId.setHelperText(getTranslation("verification.intl.taxIdHint"));
        taxId.setMaxLength(30);
        Locale reader = getLocale();
        country.setId("intl-country");
        country.setLabel(getTranslation("verification.intl.country"));
        country.setItems(Arrays.stream(Locale.getISOCountries())
                .sorted(Comparator.comparing(code -> Locale.of("", code).getDisplayCountry(reader))).toList());
        country.setItemLabelGenerator(code -> Locale.of("", code).getDisplayCountry(reader));
        billingAddress.setId("intl-billing-address");
        billingAddress.setLabel(getTranslation("verification.intl.billingAddress"));
        billingAddress.setMaxLength(300);
        Forms.clearErrorOnEdit(name, taxId, country, billingAddress);
        FormLayout fields = new FormLayout(name, taxId, country, billingAddress);
        add(kind, fields);
    }

    /** The kinds still open to the account: a company never goes back to person. */
    void offer(List<VerificationKind> kinds) {
        kind.setItems(kinds);
    }

    boolean chosen() {
        if (kind.getValue() == null) {
            Forms.showError(kind, getTranslation("validation.required"));
            return false;
        }
        return true;
    }

    VerificationKind chosenKind() {
        return kind.getValue();
    }

    /** Submits; the account's verification afterwards, or null when a field was refused (the field then says why). */
    MyVerification submit(Consumer<String> otherwise) {
        try {
            return verification.submitInternational(new InternationalIdentity(kind.getValue(), name.getValue(), taxId.getValue(),
                    country.getValue(), billingAddress.getValue()));
        } catch (ConstraintViolationException invalid) {
            Forms.showViolations(invalid, Map.<String, HasValidation>of("kind", kind, "name", name, "taxId", taxId, "country", country,
                    "billingAddress", billingAddress), this::getTranslation);
        } catch (BusinessRuleException refused) {
            String message = getTranslation(refused.messageKey(), refused.arguments());
            switch (refused.messageKey()) {
                case "verification.taxIdInvalid", "verification.taxIdRequired" -> Forms.showError(taxId, message);
                case "verification.countryInvalid" -> Forms.showError(country, message);
                default -> otherwise.accept(message);
            }
        }
        return null;
    }
}
