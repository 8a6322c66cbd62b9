package org.billingcenter.invoice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

import org.billingcenter.invoice.InvoiceType;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.support.Input;
import org.billingcenter.support.SelfService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The profile and address forms name each mistake on its field and save nothing. */
class InvoiceFormsBadInputTest extends SelfService {

    SignedInUser owner;

    @BeforeEach
    void open() {
        owner = newOwner(CN);
        verifyAsEnterprise(owner, "Lumen Analytics Ltd");
        signInInEnglish(owner);
        navigate("invoices");
    }

    @Test
    void aProfileWithoutTypeOrTaxNumberIsRefused() {
        click("profile-save");
        assertThat(find(Select.class, "profile-type").getErrorMessage()).isEqualTo("Required");
        type(InvoiceType.VAT_ORDINARY);
        click("profile-save");
        assertThat(find(TextField.class, "profile-tax-number").getErrorMessage()).isEqualTo("Required");
        assertThat(as(owner, () -> invoices.profiles())).isEmpty();
    }

    @Test
    void aTaxNumberWithAWrongCheckCharacterIsRefused() {
        type(InvoiceType.ELECTRONIC_ORDINARY);
        type(TextField.class, "profile-tax-number", "91350100M000100Y44");
        click("profile-save");
        assertThat(find(TextField.class, "profile-tax-number").getErrorMessage()).startsWith("This is not a valid taxpayer id");
        assertThat(as(owner, () -> invoices.profiles())).isEmpty();
    }

    @Test
    void aSpecialInvoiceProfileNeedsTheFullRegistration() {
        type(InvoiceType.VAT_SPECIAL);
        type(TextField.class, "profile-tax-number", CREDIT_CODE);
        click("profile-save");
        assertThat(find(TextField.class, "profile-bank").getErrorMessage()).isEqualTo("Required");
        type(TextField.class, "profile-bank", "Bank of Lumen");
        type(TextField.class, "profile-bank-account", "12ab");
        click("profile-save");
        assertThat(find(TextField.class, "profile-bank-account").getErrorMessage()).startsWith("Enter the account number");
        assertThat(as(owner, () -> invoices.profiles())).isEmpty();
    }

    @Test
    void anAddressNeedsEveryFieldAndARealEmail() {
        click("address-save");
        assertThat(find(TextField.class, "address-recipient").getErrorMessage()).isEqualTo("Required");
        assertThat(find(TextField.class, "address-address").getErrorMessage()).isEqualTo("Required");
        type(TextField.class, "address-recipient", "Li Lei");
        type(TextField.class, "address-phone", "call me");
        type(EmailField.class, "address-email", "not-an-address");
        type(TextField.class, "address-address", "1 Market Street");
        click("address-save");
        assertThat(find(TextField.class, "address-phone").getErrorMessage()).startsWith("Enter a phone number");
        assertThat(find(EmailField.class, "address-email").getErrorMessage()).startsWith("Enter a valid e-mail address");
        assertThat(as(owner, () -> invoices.addresses())).isEmpty();
    }

    @Test
    void requestingWithoutChoosingDocumentsSaysSo() {
        offerBills(owner, bill("BILL-2026-06", "50.00", "50.00", "CNY"));
        navigate("invoices");
        click("request-submit");
        assertThat(notifications()).contains("Choose at least one document.");
    }

    @SuppressWarnings("unchecked")
    private static void type(InvoiceType value) {
        Input.type((Select<InvoiceType>) find(Select.class, "profile-type"), value);
    }
}
