package org.billingcenter.invoice;

import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.billingcenter.shared.i18n.Message;
import org.billingcenter.shared.money.Money;
import org.billingcenter.shared.i18n.Translations;
import org.billingcenter.shared.pdf.PdfText;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/** Lays out an issued invoice as a PDF: seller, buyer's registration, the documents and the total. */
@Component
class InvoicePdfWriter {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    byte[] write(InvoiceRequest request, List<InvoiceRequestLine> lines, String seller, ZoneId zone, Locale language) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 56, 56);
        PdfWriter.getInstance(document, out);
        document.addTitle(Translations.text(language, "pdf.invoice.title", request.getInvoiceNumber()));
        document.open();
        // Seller, buyer and their registration are often Chinese: PdfText sets every script.
        PdfText heading = PdfText.TITLE;
        PdfText label = new PdfText(9, Font.BOLD);
        PdfText body = new PdfText(9, Font.NORMAL);
        document.add(heading.paragraph(Translations.text(language, "invoice.type." + request.getType().name())));
        line(document, body, language, "number", request.getInvoiceNumber());
        line(document, body, language, "issueDate", DAY.format(request.getIssuedAt().atZone(zone)));
        line(document, body, language, "seller", seller);
        document.add(body.paragraph(" "));
        line(document, label, language, "buyer", request.getTitle());
        line(document, body, language, "taxNumber", request.getTaxNumber());
        line(document, body, language, "bank", request.getBank());
        line(document, body, language, "bankAccount", request.getBankAccount());
        line(document, body, language, "registeredAddress", request.getRegisteredAddress());
        line(document, body, language, "registeredPhone", request.getRegisteredPhone());
        document.add(body.paragraph(" "));

        PdfPTable table = new PdfPTable(new float[] {2, 5, 3, 2});
        table.setWidthPercentage(100);
        for (String column : List.of("date", "description", "reference", "amount")) {
            table.addCell(new PdfPCell(label.phrase(Translations.text(language, "pdf.invoice.column." + column))));
        }
        for (InvoiceRequestLine line : lines) {
            table.addCell(body.phrase(DAY.format(line.getDocumentDate())));
            table.addCell(body.phrase(Message.render(line.getDescription(), language)));
            table.addCell(body.phrase(line.getReference()));
            table.addCell(amountCell(line.getAmount(), body));
        }
        PdfPCell totalLabel = new PdfPCell(label.phrase(Translations.text(language, "pdf.total")));
        totalLabel.setColspan(3);
        table.addCell(totalLabel);
        table.addCell(amountCell(request.getAmount(), label));
        document.add(table);
        document.close();
        return out.toByteArray();
    }

    static String amountText(Money money) {
        return money.currency().getCurrencyCode() + " " + money.amount().toPlainString();
    }

    private static PdfPCell amountCell(Money money, PdfText font) {
        PdfPCell cell = new PdfPCell(font.phrase(amountText(money)));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    private static void line(Document document, PdfText font, Locale language, String name, String value) {
        if (value != null) {
            document.add(font.paragraph(Translations.text(language, "pdf.invoice." + name, value)));
        }
    }
}
