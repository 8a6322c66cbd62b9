package org.billingcenter.enterprise;

import java.io.OutputStream;
import java.util.Locale;
import java.util.function.Function;

import org.billingcenter.shared.money.Money;
import org.billingcenter.shared.money.MoneyFormat;
import org.billingcenter.shared.pdf.PdfText;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/** Lays out a contract invoice as a one-page PDF: who is billed, the period, the lines and the total. */
final class InvoicePdf {

    // The organisation, brand and plan names may be Chinese: PdfText sets every script.
    private static final PdfText TITLE = PdfText.TITLE;
    private static final PdfText BOLD = PdfText.HEADING;
    private static final PdfText TEXT = PdfText.BODY;

    private InvoicePdf() {
    }

    static void write(InvoiceDetail invoice, String brand, OutputStream out) {
        write(invoice, brand, SitePlan::code, out);
    }

    /** {@code planName} names a line's plan as the tenant file does (the code is for machines). */
    static void write(InvoiceDetail invoice, String brand, Function<SitePlan, String> planName, OutputStream out) {
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter.getInstance(document, out);
        document.open();
        InvoiceSummary summary = invoice.summary();
        document.add(BOLD.paragraph(brand));
        document.add(TITLE.paragraph("Invoice " + summary.number()));
        document.add(TEXT.paragraph("Billed to: " + invoice.organisation()));
        document.add(TEXT.paragraph("Contract: " + summary.contractNumber() + "    Payment method: "
                + label(summary.paymentMethod().name())));
        document.add(TEXT.paragraph("Period: " + summary.previousDate() + " to " + summary.invoiceDate() + "    Invoice date: "
                + summary.invoiceDate() + "    Status: " + label(summary.status().name())));
        document.add(TEXT.paragraph(" "));
        PdfPTable table = new PdfPTable(new float[] {4, 2, 1, 1, 2, 2});
        table.setWidthPercentage(100);
        for (String heading : new String[] {"Item", "Plan", "Qty", "Months", "Unit price", "Amount"}) {
            table.addCell(new PdfPCell(BOLD.phrase(heading)));
        }
        for (InvoiceLine line : invoice.lines()) {
            table.addCell(TEXT.phrase(label(line.kind().name())));
            table.addCell(TEXT.phrase(line.plan() == null ? "" : planName.apply(line.plan())));
            table.addCell(number(String.valueOf(line.quantity())));
            table.addCell(number(String.valueOf(line.months())));
            table.addCell(number(money(line.unitPrice())));
            table.addCell(number(money(line.amount())));
        }
        PdfPCell totalLabel = new PdfPCell(BOLD.phrase("Total"));
        totalLabel.setColspan(5);
        table.addCell(totalLabel);
        PdfPCell total = new PdfPCell(BOLD.phrase(money(summary.total())));
        total.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(total);
        document.add(table);
        document.close();
    }

    private static PdfPCell number(String text) {
        PdfPCell cell = new PdfPCell(TEXT.phrase(text));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    private static String money(Money money) {
        return MoneyFormat.format(money, Locale.US);
    }

    private static String label(String name) {
        String words = name.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
