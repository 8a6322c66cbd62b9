package org.billingcenter.shared.pdf;

import java.util.List;
import java.util.Map;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * The parts every invoice shares, laid out the same way in each: the issuer's letterhead beside
 * the document's title and dates, a labelled block of details (who is billed, how to pay), and
 * a cell without borders. The wording is the caller's; this only places it.
 */
public final class DocumentSections {

    private static final PdfText LABEL = PdfText.HEADING;
    private static final PdfText TEXT = PdfText.BODY;

    private DocumentSections() {
    }

    /** Logo, legal name, address and tax number on the left; the title and its facts (number, dates) on the right. */
    public static void letterhead(Document document, Letterhead issuer, String taxIdLabel, String title, Map<String, String> facts) {
        PdfPTable head = new PdfPTable(new float[] {1, 1});
        head.setWidthPercentage(100);
        PdfPCell left = plain();
        if (issuer.logo() != null) {
            try {
                Image logo = Image.getInstance(issuer.logo());
                logo.scaleToFit(44, 44);
                left.addElement(logo);
            } catch (Exception unreadable) {
                // An unreadable image leaves the letterhead without a logo rather than without an invoice.
                left.addElement(TEXT.paragraph(""));
            }
        }
        left.addElement(LABEL.paragraph(issuer.legalName()));
        issuer.address().forEach(line -> left.addElement(TEXT.paragraph(line)));
        if (issuer.taxId() != null) {
            left.addElement(TEXT.paragraph(taxIdLabel + ": " + issuer.taxId()));
        }
        head.addCell(left);
        PdfPCell right = plain();
        right.setHorizontalAlignment(Element.ALIGN_RIGHT);
        var heading = PdfText.TITLE.paragraph(title);
        heading.setAlignment(Element.ALIGN_RIGHT);
        right.addElement(heading);
        facts.forEach((label, value) -> {
            var line = TEXT.paragraph(label + ": " + value);
            line.setAlignment(Element.ALIGN_RIGHT);
            right.addElement(line);
        });
        head.addCell(right);
        head.setSpacingAfter(14);
        document.add(head);
    }

    /** A heading over label: value lines (entries with no value are left out). */
    public static void block(Document document, String heading, Map<String, String> lines) {
        PdfPTable table = new PdfPTable(new float[] {1, 3});
        table.setWidthPercentage(100);
        PdfPCell title = plain();
        title.setColspan(2);
        title.addElement(LABEL.paragraph(heading));
        table.addCell(title);
        lines.forEach((label, value) -> {
            if (value != null && !value.isBlank()) {
                PdfPCell name = plain();
                name.setPhrase(TEXT.phrase(label));
                PdfPCell text = plain();
                text.setPhrase(TEXT.phrase(value));
                table.addCell(name);
                table.addCell(text);
            }
        });
        table.setSpacingAfter(10);
        document.add(table);
    }

    /** A heading over plain lines (an address, a note). */
    public static void block(Document document, String heading, List<String> lines) {
        document.add(LABEL.paragraph(heading));
        lines.stream().filter(line -> line != null && !line.isBlank()).forEach(line -> document.add(TEXT.paragraph(line)));
        document.add(TEXT.paragraph(" "));
    }

    private static PdfPCell plain() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(2);
        return cell;
    }
}
