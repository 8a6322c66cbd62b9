package org.billingcenter.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.billingcenter.shared.money.CreditorReference;
import org.billingcenter.shared.money.Money;
import org.billingcenter.shared.pdf.Letterhead;
import org.billingcenter.support.RenderedPdf;
import org.billingcenter.tenant.BankRemittance;
import org.junit.jupiter.api.Test;

/**
 * A contract invoice drawn as its reader sees it: the issuer's logo, legal name and address, the
 * invoice and due dates, who is billed, the lines and the total, and how to pay it.
 */
class InvoicePdfTest {

    private static final BankRemittance BANK = new BankRemittance("Harbor Sites, LLC", "Example National Bank", "7781 0045 2290",
            "Harbor Point, Baltimore, MD", "112233448", "EXNBUS33XXX", "Wire or ACH in USD.");

    @Test
    void aContractInvoiceIsADocumentToFileAndPay() throws Exception {
        Money fee = Money.of("1200.00", "USD");
        InvoiceSummary summary = new InvoiceSummary(1, "INV-2026-0001", "C-2026-01", LocalDate.of(2026, 9, 30),
                LocalDate.of(2026, 10, 31), PaymentMethod.INVOICE_ACH, InvoiceStatus.ISSUED, fee, 1);
        InvoiceDetail invoice = new InvoiceDetail(summary, "Acme Retail Group", 42, LocalDate.of(2026, 11, 30),
                List.of(new InvoiceLine(1, InvoiceLineKind.PLATFORM_FEE, null, 1, 1, fee, fee)));
        Letterhead issuer = new Letterhead(Files.readAllBytes(Path.of("tenants/harbor-hosting/logo.png")), "Harbor Sites, LLC",
                List.of("400 Harbor Point Boulevard, Suite 1200", "Baltimore, MD 21231"), "EIN 52-1234567");

        RenderedPdf pdf = render(invoice, issuer, Locale.ENGLISH);
        String text = pdf.flatText();

        assertThat(text).as("the letterhead").contains("Harbor Sites, LLC", "400 Harbor Point Boulevard, Suite 1200", "Baltimore, MD 21231",
                "Tax id: EIN 52-1234567");
        assertThat(text).as("the document's facts").contains("Invoice", "Invoice number: INV-2026-0001", "Invoice date: 2026-10-31",
                "Due date: 2026-11-30");
        assertThat(text).as("who is billed").contains("Billed to", "Acme Retail Group", "Account number 42", "C-2026-01",
                "2026-09-30 to 2026-10-31");
        assertThat(text).as("the lines").contains("Platform fee", "Total due (USD)", "$1,200.00");
        String reference = CreditorReference.of("INV-2026-0001");
        assertThat(text).as("how to pay").contains("How to pay", "Reference to quote " + reference, "Example National Bank",
                "7781 0045 2290", "112233448", "EXNBUS33XXX", "by 2026-11-30");
        assertThat(pdf.showsColourTopLeft(new Color(0x0b, 0x7a, 0x75))).as("the tenant's logo at the top").isTrue();
    }

    @Test
    void chineseNamesAreInThePdfText() {
        Money fee = Money.of("1200.00", "CNY");
        InvoiceSummary summary = new InvoiceSummary(1, "INV-2026-0001", "C-2026-01", LocalDate.of(2026, 9, 30),
                LocalDate.of(2026, 10, 31), PaymentMethod.INVOICE_ACH, InvoiceStatus.ISSUED, fee, 1);
        InvoiceDetail invoice = new InvoiceDetail(summary, "杭州云图数据有限公司", 7, null,
                List.of(new InvoiceLine(1, InvoiceLineKind.PLATFORM_FEE, null, 1, 1, fee, fee)));

        String text = render(invoice, new Letterhead(null, "流明可观测", List.of("杭州市西湖区"), null), Locale.ENGLISH).flatText();

        assertThat(text).contains("流明可观测", "杭州市西湖区", "杭州云图数据有限公司", "Invoice number: INV-2026-0001", "Platform fee", "Total");
        assertThat(text).doesNotContain("Due date");
    }

    @Test
    void aChineseReaderGetsChineseLabels() {
        Money fee = Money.of("1200.00", "CNY");
        InvoiceSummary summary = new InvoiceSummary(1, "INV-2026-0001", "C-2026-01", LocalDate.of(2026, 9, 30),
                LocalDate.of(2026, 10, 31), PaymentMethod.INVOICE_ACH, InvoiceStatus.ISSUED, fee, 1);
        InvoiceDetail invoice = new InvoiceDetail(summary, "杭州云图数据有限公司", 7, null,
                List.of(new InvoiceLine(1, InvoiceLineKind.PLATFORM_FEE, null, 1, 1, fee, fee)));

        String text = render(invoice, new Letterhead(null, "流明可观测", List.of("杭州市西湖区"), null), Locale.SIMPLIFIED_CHINESE).flatText();

        assertThat(text).contains("收票方", "杭州云图数据有限公司", "发票号码: INV-2026-0001", "应付总额（CNY）")
                .doesNotContain("Billed to", "Platform fee", "Total due", "PLATFORM_FEE", "INVOICE_ACH");
    }

    private static RenderedPdf render(InvoiceDetail invoice, Letterhead issuer, Locale language) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InvoicePdf.write(invoice, issuer, BANK, SitePlan::code, language, out);
        return RenderedPdf.of(out.toByteArray(), "contract-invoice-" + invoice.accountId());
    }

    @Test
    void planLinesShowThePlanNameTheTenantFileGives() {
        Money price = Money.of("29.00", "USD");
        InvoiceSummary summary = new InvoiceSummary(2, "INV-2026-0002", "C-2026-02", LocalDate.of(2026, 9, 30),
                LocalDate.of(2026, 10, 31), PaymentMethod.INVOICE_ACH, InvoiceStatus.ISSUED, price, 1);
        InvoiceDetail invoice = new InvoiceDetail(summary, "Acme", 3, null,
                List.of(new InvoiceLine(1, InvoiceLineKind.PLAN, SitePlan.of("PREMIUM"), 1, 1, price, price)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InvoicePdf.write(invoice, new Letterhead(null, "Harbor", List.of(), null), BANK,
                plan -> plan.code().equals("PREMIUM") ? "Pro 高级" : "?", Locale.ENGLISH, out);

        String text = RenderedPdf.of(out.toByteArray(), "contract-invoice-plan-names").flatText();
        assertThat(text).contains("Pro 高级").doesNotContain("PREMIUM");
    }
}
