package org.billingcenter.invoice.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.billingcenter.invoice.InvoiceProfileDetails;
import org.billingcenter.invoice.InvoiceSummary;
import org.billingcenter.invoice.InvoiceableDocument;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.support.RenderedPdf;
import org.billingcenter.support.SelfService;
import org.billingcenter.verification.InternationalIdentity;
import org.billingcenter.verification.VerificationKind;
import org.junit.jupiter.api.Test;

/**
 * In lumen-intl a verified company keeps billing details that start from its verification (name,
 * VAT id, address, country), requests an invoice under them with no PRC invoice type to choose,
 * and downloads the receipt the operator issued. A person abroad is not sent to enterprise verification.
 */
class RequestAnInvoiceAbroadTest extends SelfService {

    @Test
    @SuppressWarnings("unchecked")
    void billingDetailsStartFromTheVerificationAndTheIssuedDocumentIsAReceipt() {
        SignedInUser owner = newOwner(INTL);
        verifyAsCompanyAbroad(owner, "Acme Analytics Inc.");
        offerBills(owner, bill("BILL-2026-09", "90.00", "90.00", "USD"));
        signIn(owner);
        navigate("invoices");

        _assertNone(Select.class, s -> s.withId("profile-type"));
        assertThat(find(TextField.class, "billing-company-name").getValue()).isEqualTo("Acme Analytics Inc.");
        assertThat(find(TextField.class, "billing-tax-id").getValue()).isEqualTo(EIN);
        assertThat(find(TextArea.class, "billing-address").getValue()).isEqualTo(BILLING_ADDRESS);
        assertThat(find(ComboBox.class, "billing-country").getValue()).isEqualTo("US");
        type(TextField.class, "billing-tax-id", "12-34");
        click("billing-save");
        assertThat(find(TextField.class, "billing-tax-id").getErrorMessage()).contains("does not look like a tax or VAT id");
        type(TextField.class, "billing-tax-id", EIN);
        click("billing-save");
        assertThat(notifications()).contains("Billing details saved.");
        assertThat(GridKt._size((Grid<InvoiceProfileDetails>) find(Grid.class, "billing-details"))).isEqualTo(1);
        type(TextField.class, "address-recipient", "Fran Finance");
        type(TextField.class, "address-phone", "+1 555 0100");
        type(EmailField.class, "address-email", "fran@acme.example");
        type(TextField.class, "address-address", BILLING_ADDRESS);
        click("address-save");

        Select<InvoiceProfileDetails> details = find(Select.class, "request-profile");
        assertThat(details.getLabel()).isEqualTo("Billing details");
        assertThat(details.getItemLabelGenerator().apply(details.getValue())).isEqualTo("Acme Analytics Inc. · " + EIN + " · United States");
        Grid<InvoiceableDocument> documents = find(Grid.class, "invoiceable-documents");
        documents.select(GridKt._get(documents, 0));
        click("request-submit");
        click("request-confirm");
        assertThat(notifications()).contains("Invoice requested.");

        switchTo(newOperator(INTL));
        navigate("operator/invoices");
        Grid<InvoiceSummary> desk = find(Grid.class, "invoice-desk");
        InvoiceSummary request = RequestAnInvoiceTest.rowOf(desk, owner.accountId());
        desk.asSingleSelect().setValue(request);
        click("desk-issue");
        click("issue-confirm");

        switchTo(owner);
        navigate("invoices");
        Grid<InvoiceSummary> mine = find(Grid.class, "invoice-requests");
        InvoiceSummary issued = GridKt._get(mine, 0);
        assertThat(GridKt._getFormattedRow(mine, 0)).contains("Invoice (PDF)", "Acme Analytics Inc.", "$90.00");
        mine.asSingleSelect().setValue(issued);
        String text = RenderedPdf.of(DownloadKt._download(find(Anchor.class, "invoice-pdf")), "tax-receipt-downloaded").flatText();
        assertThat(text).contains("Receipt", issued.invoiceNumber(), "Billed to", "Acme Analytics Inc.", EIN, "United States",
                "USD 90.00");
    }

    @Test
    void aPersonAbroadMayRequestWithoutAnEnterpriseVerification() {
        SignedInUser owner = newOwner(INTL);
        as(owner, () -> verification.submitInternational(new InternationalIdentity(VerificationKind.INDIVIDUAL, "Jo Doe", null, "GB",
                "1 High Street, Oxford")));
        approve(owner);
        signIn(owner);
        navigate("invoices");
        _assertNone(com.vaadin.flow.component.html.Paragraph.class, s -> s.withId("invoice-needs-enterprise"));
        assertThat(find(TextField.class, "billing-company-name").getValue()).isEqualTo("Jo Doe");
        assertThat(find(ComboBox.class, "billing-country").getValue()).isEqualTo("GB");
        find(com.vaadin.flow.component.button.Button.class, "request-submit");
    }
}
