package org.billingcenter.invoice;

import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.billingcenter.shared.money.Money;
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

    byte[] write(InvoiceRequest request, List<InvoiceRequestLine> lines, String seller, ZoneId zone) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 56, 56);
        PdfWriter.getInstance(document, out);
        document.addTitle("Invoice " + request.getInvoiceNumber());
        document.open();
        // Seller, buyer and their registration are often Chinese: PdfText sets every script.
        PdfText heading = PdfText.TITLE;
        PdfText label = new PdfText(9, Font.BOLD);
        PdfText body = new PdfText(9, Font.NORMAL);
        document.add(heading.paragraph(typeName(request.getType())));
        document.add(body.paragraph("Invoice number: " + request.getInvoiceNumber()));
        document.add(body.paragraph("Issue date: " + DAY.format(request.getIssuedAt().atZone(zone))));
        document.add(body.paragraph("Seller: " + seller));
        document.add(body.paragraph(" "));
        document.add(label.paragraph("Buyer: " + request.getTitle()));
        line(document, body, "Taxpayer id", request.getTaxNumber());
        line(document, body, "Bank", request.getBank());
        line(document, body, "Account number", request.getBankAccount());
        line(document, body, "Registered address", request.getRegisteredAddress());
        line(document, body, "Registered phone", request.getRegisteredPhone());
        document.add(body.paragraph(" "));

        PdfPTable table = new PdfPTable(new float[] {2, 5, 3, 2});
        table.setWidthPercentage(100);
        for (String column : List.of("Date", "Description", "Reference", "Amount")) {
            table.addCell(new PdfPCell(label.phrase(column)));
        }
        for (InvoiceRequestLine line : lines) {
            table.addCell(body.phrase(DAY.format(line.getDocumentDate())));
            table.addCell(body.phrase(line.getDescription()));
            table.addCell(body.phrase(line.getReference()));
            table.addCell(amountCell(line.getAmount(), body));
        }
        PdfPCell totalLabel = new PdfPCell(label.phrase("Total"));
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

    private static void line(Document document, PdfText font, String name, String value) {
        if (value != null) {
            document.add(font.paragraph(name + ": " + value));
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
