package org.billingcenter.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.money.Money;
import org.billingcenter.shared.pdf.Letterhead;
import org.billingcenter.support.RenderedPdf;
import org.billingcenter.support.SelfService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * International tax documents drawn as a reader sees them, with the tenant's letterhead like every
 * PDF of the portal. lumen-intl declares no VAT rate, so what it issues is a receipt: the buyer's
 * billing details, the lines and what was paid, and no tax lines and no PRC wording. A seller that
 * declares a rate issues an invoice whose lines split out the VAT.
 */
class InternationalInvoicePdfTest extends SelfService {

    @Autowired
    InvoiceDeskService desk;
    @Autowired
    InvoicePdfWriter writer;

    @Test
    void lumenIntlIssuesAReceiptMadeOutToTheBillingDetails() throws IOException {
        SignedInUser owner = newOwner(INTL);
        verifyAsCompanyAbroad(owner, "Acme Analytics Inc.");
        offerBills(owner, bill("BILL-2026-10", "130.00", "100.00", "USD"));
        long details = as(owner, () -> invoices.saveProfile(InvoiceProfileDetails.international(null, "Acme Analytics Inc.", EIN,
                BILLING_ADDRESS, "US"))).id();
        InvoiceSummary requested = as(owner, () -> invoices.request(List.of("BILL-2026-10"), details, address(owner)));
        InvoiceSummary issued = as(newOperator(INTL), () -> desk.issue(requested.id()));

        RenderedPdf rendered = RenderedPdf.of(as(owner, () -> invoices.pdf(requested.id())).content(), "tax-receipt-lumen-intl");
        String text = rendered.flatText();
        assertThat(text).as("the seller's letterhead").contains("Receipt", "Lumen Observability, Inc.", "500 Market Street Floor 9",
                "San Francisco, CA 94105", "Tax id: EIN 94-7654321", "Receipt number: " + issued.invoiceNumber(), "Issue date");
        assertThat(text).as("the billing details").contains("Billed to", "Acme Analytics Inc.", "Tax or VAT id " + EIN,
                "Billing address " + BILLING_ADDRESS, "Country United States");
        assertThat(text).as("the lines, paid").contains("BILL-2026-10", "USD 100.00", "Total", "nothing is due", "Example National Bank",
                "4420 0017 3391", "RF");
        assertThat(text).as("a receipt: no tax lines, nothing of a PRC invoice").doesNotContain("VAT rate", "excl. VAT", "Taxpayer id",
                "Registered", "130.00");
        assertThat(rendered.showsColourTopLeft(new Color(0x5b, 0x3c, 0xc4))).as("the tenant's logo at the top").isTrue();
    }

    @Test
    void aSellerWithAVatRateIssuesAnInvoiceWithItsTaxLines() throws IOException {
        InvoiceRequest request = new InvoiceRequest(7, "Nordlicht GmbH", InvoiceProfileDetails.international(3L, "Nordlicht GmbH",
                "DE123456789", "Friedrichstraße 10, 10117 Berlin", "DE"), new MailingAddressDetails(4L, "Anna", "+49 30 1234567",
                "anna@nordlicht.example", "Berlin"), Money.of("120.00", "EUR"), "owner@nordlicht.example", Instant.parse("2026-11-02T10:00:00Z"));
        request.issue("INV-202611-000042", "operator@lumen.example", Instant.parse("2026-11-03T10:00:00Z"));
        List<InvoiceRequestLine> lines = List.of(new InvoiceRequestLine(42, 7, new InvoiceableDocument(DocumentType.BILL, "BILL-2026-10",
                LocalDate.of(2026, 10, 31), "Monthly bill BILL-2026-10", Money.of("120.00", "EUR"), Money.of("120.00", "EUR"))));
        Letterhead seller = new Letterhead(Files.readAllBytes(Path.of("tenants/lumen-intl/logo.png")), "Lumen Observability, Inc.",
                List.of("500 Market Street, Floor 9", "San Francisco, CA 94105"), "EIN 94-7654321");

        String text = RenderedPdf.of(writer.write(request, lines, seller, null, new BigDecimal("0.20"), ZoneId.of("Europe/Berlin"),
                Locale.ENGLISH), "tax-invoice-international-vat").flatText();
        assertThat(text).contains("Invoice", "Invoice number: INV-202611-000042", "Billed to", "Nordlicht GmbH", "DE123456789",
                "Friedrichstraße 10, 10117 Berlin", "Germany");
        assertThat(text).as("120.00 includes 20% VAT").contains("Amount excl. VAT", "VAT rate", "20%", "EUR 100.00", "EUR 20.00", "EUR 120.00");
        assertThat(text).doesNotContain("Receipt");

        String chinese = RenderedPdf.of(writer.write(request, lines, seller, null, new BigDecimal("0.20"), ZoneId.of("Europe/Berlin"),
                Locale.SIMPLIFIED_CHINESE), "tax-invoice-international-vat-zh").flatText();
        assertThat(chinese).as("the same document read in Chinese").contains("发票", "开票对象", "账单地址", "德国", "税率", "20%");
    }
}
