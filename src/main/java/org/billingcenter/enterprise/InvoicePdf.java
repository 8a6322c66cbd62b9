package org.billingcenter.enterprise;

import java.io.OutputStream;
import java.util.Locale;

import org.billingcenter.shared.money.Money;
import org.billingcenter.shared.money.MoneyFormat;
import org.billingcenter.shared.i18n.Translations;
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

    static void write(InvoiceDetail invoice, String brand, Locale language, OutputStream out) {
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter.getInstance(document, out);
        document.open();
        InvoiceSummary summary = invoice.summary();
        document.add(BOLD.paragraph(brand));
        document.add(TITLE.paragraph(Translations.text(language, "pdf.contract.title", summary.number())));
        document.add(TEXT.paragraph(Translations.text(language, "pdf.contract.billedTo", invoice.organisation())));
        document.add(TEXT.paragraph(Translations.text(language, "pdf.contract.contract", summary.contractNumber(),
                label(language, summary.paymentMethod()))));
        document.add(TEXT.paragraph(Translations.text(language, "pdf.contract.period", String.valueOf(summary.previousDate()),
                String.valueOf(summary.invoiceDate()), label(language, summary.status()))));
        document.add(TEXT.paragraph(" "));
        PdfPTable table = new PdfPTable(new float[] {4, 2, 1, 1, 2, 2});
        table.setWidthPercentage(100);
        for (String heading : new String[] {"item", "plan", "quantity", "months", "unitPrice", "amount"}) {
            table.addCell(new PdfPCell(BOLD.phrase(Translations.text(language, "pdf.contract.column." + heading))));
        }
        for (InvoiceLine line : invoice.lines()) {
            table.addCell(TEXT.phrase(label(language, line.kind())));
            table.addCell(TEXT.phrase(line.plan() == null ? "" : line.plan().code().charAt(0) + line.plan().code().substring(1).toLowerCase(Locale.ROOT)));
            table.addCell(number(String.valueOf(line.quantity())));
            table.addCell(number(String.valueOf(line.months())));
            table.addCell(number(money(line.unitPrice())));
            table.addCell(number(money(line.amount())));
        }
        PdfPCell totalLabel = new PdfPCell(BOLD.phrase(Translations.text(language, "pdf.total")));
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

    private static String label(Locale language, Enum<?> value) {
        return Translations.text(language, "enterprise." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }
}
