package org.billingcenter.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.billingcenter.shared.money.Money;
import org.junit.jupiter.api.Test;

/** A contract invoice for a Chinese organisation, under a Chinese brand, keeps both names in its PDF. */
class InvoicePdfTest {

    @Test
    void chineseNamesAreInThePdfText() throws IOException {
        Money fee = Money.of("1200.00", "CNY");
        InvoiceSummary summary = new InvoiceSummary(1, "INV-2026-0001", "C-2026-01", LocalDate.of(2026, 9, 30),
                LocalDate.of(2026, 10, 31), PaymentMethod.INVOICE_ACH, InvoiceStatus.ISSUED, fee, 1);
        InvoiceDetail invoice = new InvoiceDetail(summary, "杭州云图数据有限公司",
                List.of(new InvoiceLine(1, InvoiceLineKind.PLATFORM_FEE, null, 1, 1, fee, fee)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InvoicePdf.write(invoice, "流明可观测", out);

        String text;
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            text = new PDFTextStripper().getText(document);
        }
        assertThat(text).contains("流明可观测", "Billed to: 杭州云图数据有限公司", "Invoice INV-2026-0001", "Platform fee", "Total");
    }

    @Test
    void planLinesShowThePlanNameTheTenantFileGives() throws IOException {
        Money price = Money.of("29.00", "USD");
        InvoiceSummary summary = new InvoiceSummary(2, "INV-2026-0002", "C-2026-02", LocalDate.of(2026, 9, 30),
                LocalDate.of(2026, 10, 31), PaymentMethod.INVOICE_ACH, InvoiceStatus.ISSUED, price, 1);
        InvoiceDetail invoice = new InvoiceDetail(summary, "Acme",
                List.of(new InvoiceLine(1, InvoiceLineKind.PLAN, SitePlan.of("PREMIUM"), 1, 1, price, price)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InvoicePdf.write(invoice, "Harbor", plan -> plan.code().equals("PREMIUM") ? "Pro 高级" : "?", out);

        String text;
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            text = new PDFTextStripper().getText(document);
        }
        assertThat(text).contains("Pro 高级").doesNotContain("PREMIUM");
    }
}
