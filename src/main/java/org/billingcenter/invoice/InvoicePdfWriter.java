package org.billingcenter.invoice;

import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.billingcenter.shared.money.Money;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/** Lays out an issued invoice as a PDF: seller, buyer's registration, the documents and the total. */
@Component
class InvoicePdfWriter {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    byte[] write(InvoiceRequest request, List<InvoiceRequestLine> lines, String seller, ZoneId zone) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 56, 56);
        PdfWriter.getInstance(document, out);
        document.addTitle("Invoice " + request.getInvoiceNumber());
        document.open();
        Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
        Font label = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
        Font body = FontFactory.getFont(FontFactory.HELVETICA, 9);
        document.add(new Paragraph(typeName(request.getType()), heading));
        document.add(new Paragraph("Invoice number: " + request.getInvoiceNumber(), body));
        document.add(new Paragraph("Issue date: " + DAY.format(request.getIssuedAt().atZone(zone)), body));
        document.add(new Paragraph("Seller: " + seller, body));
        document.add(new Paragraph(" ", body));
        document.add(new Paragraph("Buyer: " + request.getTitle(), label));
        line(document, body, "Taxpayer id", request.getTaxNumber());
        line(document, body, "Bank", request.getBank());
        line(document, body, "Account number", request.getBankAccount());
        line(document, body, "Registered address", request.getRegisteredAddress());
        line(document, body, "Registered phone", request.getRegisteredPhone());
        document.add(new Paragraph(" ", body));

        PdfPTable table = new PdfPTable(new float[] {2, 5, 3, 2});
        table.setWidthPercentage(100);
        for (String column : List.of("Date", "Description", "Reference", "Amount")) {
            table.addCell(new PdfPCell(new Phrase(column, label)));
        }
        for (InvoiceRequestLine line : lines) {
            table.addCell(new Phrase(DAY.format(line.getDocumentDate()), body));
            table.addCell(new Phrase(line.getDescription(), body));
            table.addCell(new Phrase(line.getReference(), body));
            table.addCell(amountCell(line.getAmount(), body));
        }
        PdfPCell totalLabel = new PdfPCell(new Phrase("Total", label));
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

    private static PdfPCell amountCell(Money money, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(amountText(money), font));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    private static void line(Document document, Font font, String name, String value) {
        if (value != null) {
            document.add(new Paragraph(name + ": " + value, font));
        }
    }

    private static String typeName(InvoiceType type) {
        return switch (type) {
            case VAT_ORDINARY -> "VAT ordinary invoice";
            case VAT_SPECIAL -> "VAT special invoice";
            case ELECTRONIC_ORDINARY -> "Electronic ordinary invoice";
        };
    }
}
