package org.billingcenter.enterprise;

import java.io.OutputStream;
import java.util.Locale;

import org.billingcenter.shared.money.Money;
import org.billingcenter.shared.money.MoneyFormat;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/** Lays out a contract invoice as a one-page PDF: who is billed, the period, the lines and the total. */
final class InvoicePdf {

    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font BOLD = new Font(Font.HELVETICA, 10, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 10);

    private InvoicePdf() {
    }

    static void write(InvoiceDetail invoice, String brand, OutputStream out) {
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter.getInstance(document, out);
        document.open();
        InvoiceSummary summary = invoice.summary();
        document.add(new Paragraph(brand, BOLD));
        document.add(new Paragraph("Invoice " + summary.number(), TITLE));
        document.add(new Paragraph("Billed to: " + invoice.organisation(), TEXT));
        document.add(new Paragraph("Contract: " + summary.contractNumber() + "    Payment method: " + label(summary.paymentMethod().name()),
                TEXT));
        document.add(new Paragraph("Period: " + summary.previousDate() + " to " + summary.invoiceDate() + "    Invoice date: "
                + summary.invoiceDate() + "    Status: " + label(summary.status().name()), TEXT));
        document.add(new Paragraph(" "));
        PdfPTable table = new PdfPTable(new float[] {4, 2, 1, 1, 2, 2});
        table.setWidthPercentage(100);
        for (String heading : new String[] {"Item", "Plan", "Qty", "Months", "Unit price", "Amount"}) {
            table.addCell(new PdfPCell(new Phrase(heading, BOLD)));
        }
        for (InvoiceLine line : invoice.lines()) {
            table.addCell(new Phrase(label(line.kind().name()), TEXT));
            table.addCell(new Phrase(line.plan() == null ? "" : label(line.plan().name()), TEXT));
            table.addCell(number(String.valueOf(line.quantity())));
            table.addCell(number(String.valueOf(line.months())));
            table.addCell(number(money(line.unitPrice())));
            table.addCell(number(money(line.amount())));
        }
        PdfPCell totalLabel = new PdfPCell(new Phrase("Total", BOLD));
        totalLabel.setColspan(5);
        table.addCell(totalLabel);
        PdfPCell total = new PdfPCell(new Phrase(money(summary.total()), BOLD));
        total.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(total);
        document.add(table);
        document.close();
    }

    private static PdfPCell number(String text) {
        PdfPCell cell = new PdfPCell(new Phrase(text, TEXT));
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
