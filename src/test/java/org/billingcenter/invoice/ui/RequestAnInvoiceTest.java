package org.billingcenter.invoice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

import org.billingcenter.invoice.InvoiceStatus;
import org.billingcenter.invoice.InvoiceSummary;
import org.billingcenter.invoice.InvoiceType;
import org.billingcenter.invoice.InvoiceableDocument;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.support.Input;
import org.billingcenter.support.SelfService;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/**
 * A verified account requests one invoice for two monthly bills, part of which vouchers paid; the
 * operator issues it and the holder downloads the PDF, which carries the verified name and the
 * cash-paid amount only.
 */
class RequestAnInvoiceTest extends SelfService {

    @Test
    @SuppressWarnings("unchecked")
    void twoBillsAreInvoicedForWhatWasPaidInCashAndThePdfSaysSo() throws IOException {
        SignedInUser owner = newOwner(CN);
        verifyAsEnterprise(owner, "Lumen Analytics Ltd");
        // September: 300.00, of which vouchers paid 100.00; October: 150.00, all cash.
        offerBills(owner, bill("BILL-2026-09", "300.00", "200.00", "CNY"), bill("BILL-2026-10", "150.00", "150.00", "CNY"));
        signInInEnglish(owner);
        navigate("invoices");

        assertThat(find(TextField.class, "profile-title").getValue()).isEqualTo("Lumen Analytics Ltd");
        Input.type((Select<InvoiceType>) find(Select.class, "profile-type"), InvoiceType.VAT_ORDINARY);
        type(TextField.class, "profile-tax-number", CREDIT_CODE);
        click("profile-save");
        type(TextField.class, "address-recipient", "Li Lei");
        type(TextField.class, "address-phone", "+1 555 0100");
        type(EmailField.class, "address-email", "finance@lumen.example");
        type(TextField.class, "address-address", "1 Market Street, San Francisco");
        click("address-save");

        Grid<InvoiceableDocument> documents = find(Grid.class, "invoiceable-documents");
        assertThat(GridKt._size(documents)).isEqualTo(2);
        documents.select(GridKt._get(documents, 0));
        documents.select(GridKt._get(documents, 1));
        assertThat(find(Span.class, "invoiceable-amount").getText()).isEqualTo("2 documents, invoiceable amount CN¥350.00");
        click("request-submit");
        click("request-confirm");
        assertThat(notifications()).contains("Invoice requested.");
        assertThat(GridKt._size(documents)).isZero();

        switchToInEnglish(newOperator(CN));
        navigate("operator/invoices");
        Grid<InvoiceSummary> desk = find(Grid.class, "invoice-desk");
        InvoiceSummary request = rowOf(desk, owner.accountId());
        assertThat(request.documents()).containsExactly("BILL-2026-09", "BILL-2026-10");
        desk.asSingleSelect().setValue(request);
        click("desk-issue");
        click("issue-confirm");
        assertThat(notifications()).contains("Invoice issued.");

        switchToInEnglish(owner);
        navigate("invoices");
        Grid<InvoiceSummary> mine = find(Grid.class, "invoice-requests");
        InvoiceSummary issued = GridKt._get(mine, 0);
        assertThat(issued.status()).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(GridKt._getFormatted(mine, 0, "amount")).isEqualTo("CN¥350.00");
        mine.asSingleSelect().setValue(issued);
        byte[] pdf = DownloadKt._download(find(Anchor.class, "invoice-pdf"));

        String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        // The recipient has no account of their own: the PDF speaks the tenant's language, Chinese (ChineseInvoicePdfTest reads those words).
        assertThat(text).contains(issued.invoiceNumber(), "Lumen Analytics Ltd", CREDIT_CODE,
                "BILL-2026-09", "CNY 200.00", "BILL-2026-10", "CNY 150.00", "CNY 350.00");
        assertThat(text).doesNotContain("300.00");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOperatorRejectsWithAReasonAndTheBillsCanBeRequestedAgain() {
        SignedInUser owner = newOwner(CN);
        verifyAsEnterprise(owner, "Lumen Analytics Ltd");
        offerBills(owner, bill("BILL-2026-07", "90.00", "90.00", "CNY"));
        as(owner, () -> invoices.request(java.util.List.of("BILL-2026-07"), ordinaryProfile(owner), address(owner)));

        signInInEnglish(newOperator(CN));
        navigate("operator/invoices");
        Grid<InvoiceSummary> desk = find(Grid.class, "invoice-desk");
        desk.asSingleSelect().setValue(rowOf(desk, owner.accountId()));
        click("desk-reject");
        Input.type(find(com.vaadin.flow.component.textfield.TextArea.class, "desk-reason"), "Tax id does not match the title");
        click("desk-reason-confirm");

        switchToInEnglish(owner);
        navigate("invoices");
        Grid<InvoiceSummary> mine = find(Grid.class, "invoice-requests");
        assertThat(GridKt._getFormatted(mine, 0, "status")).isEqualTo("Rejected");
        assertThat(GridKt._size((Grid<InvoiceableDocument>) find(Grid.class, "invoiceable-documents"))).isEqualTo(1);
    }

    @Test
    void anUnverifiedAccountIsSentToVerificationFirst() {
        SignedInUser owner = newOwner(CN);
        signInInEnglish(owner);
        navigate("invoices");
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class, "invoice-needs-verification").getText())
                .contains("verify the account first");
        com.github.mvysny.kaributesting.v10.LocatorJ._assertNone(com.vaadin.flow.component.button.Button.class,
                s -> s.withId("request-submit"));
    }

    static InvoiceSummary rowOf(Grid<InvoiceSummary> grid, long accountId) {
        for (int i = 0; i < GridKt._size(grid); i++) {
            if (GridKt._get(grid, i).accountId() == accountId) {
                return GridKt._get(grid, i);
            }
        }
        throw new AssertionError("account " + accountId + " has no request here");
    }
}
