package org.billingcenter.enterprise;

import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.billingcenter.shared.money.CreditorReference;
import org.billingcenter.shared.money.Money;
import org.billingcenter.shared.money.MoneyFormat;
import org.billingcenter.shared.pdf.DocumentSections;
import org.billingcenter.shared.pdf.Letterhead;
import org.billingcenter.shared.pdf.PdfText;
import org.billingcenter.tenant.BankRemittance;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Lays out a contract invoice as a document a customer's accounts payable can file and pay: the
 * issuer's letterhead, the invoice and due dates, who is billed, the lines and the total, and how
 * to pay — the tenant's bank account and the creditor reference to quote, which names this invoice.
 */
final class InvoicePdf {

    // The organisation, brand and plan names may be Chinese: PdfText sets every script.
    private static final PdfText BOLD = PdfText.HEADING;
    private static final PdfText TEXT = PdfText.BODY;

    private InvoicePdf() {
    }

    /** The reference a payer quotes so the payment is matched to this invoice. */
    static String paymentReference(InvoiceSummary summary) {
        return CreditorReference.of(summary.number());
    }

    static void write(InvoiceDetail invoice, Letterhead issuer, BankRemittance payee, OutputStream out) {
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter.getInstance(document, out);
        InvoiceSummary summary = invoice.summary();
        document.addTitle("Invoice " + summary.number());
        document.addAuthor(issuer.legalName());
        document.open();

        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("Invoice number", summary.number());
        facts.put("Invoice date", summary.invoiceDate().toString());
        if (invoice.dueOn() != null) {
            facts.put("Due date", invoice.dueOn().toString());
        }
        facts.put("Status", label(summary.status().name()));
        DocumentSections.letterhead(document, issuer, "Tax id", "Invoice", facts);

        Map<String, String> billedTo = new LinkedHashMap<>();
        billedTo.put("Organisation", invoice.organisation());
        billedTo.put("Account number", String.valueOf(invoice.accountId()));
        billedTo.put("Contract", summary.contractNumber());
        billedTo.put("Service period", summary.previousDate() + " to " + summary.invoiceDate());
        billedTo.put("Payment method", label(summary.paymentMethod().name()));
        DocumentSections.block(document, "Billed to", billedTo);

        document.add(lines(invoice, summary));
        document.add(TEXT.paragraph(" "));
        DocumentSections.block(document, "How to pay", payment(summary, invoice, payee));
        document.close();
    }

    private static PdfPTable lines(InvoiceDetail invoice, InvoiceSummary summary) {
        PdfPTable table = new PdfPTable(new float[] {4, 2, 1, 1, 2, 2});
        table.setWidthPercentage(100);
        for (String heading : new String[] {"Item", "Plan", "Qty", "Months", "Unit price", "Amount"}) {
            table.addCell(new PdfPCell(BOLD.phrase(heading)));
        }
        for (InvoiceLine line : invoice.lines()) {
            table.addCell(TEXT.phrase(label(line.kind().name())));
            table.addCell(TEXT.phrase(line.plan() == null ? "" : line.plan().code().charAt(0) + line.plan().code().substring(1).toLowerCase(Locale.ROOT)));
            table.addCell(number(String.valueOf(line.quantity())));
            table.addCell(number(String.valueOf(line.months())));
            table.addCell(number(money(line.unitPrice())));
            table.addCell(number(money(line.amount())));
        }
        PdfPCell totalLabel = new PdfPCell(BOLD.phrase("Total due (" + summary.total().currency().getCurrencyCode() + ")"));
        totalLabel.setColspan(5);
        table.addCell(totalLabel);
        PdfPCell total = new PdfPCell(BOLD.phrase(money(summary.total())));
        total.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(total);
        return table;
    }

    private static Map<String, String> payment(InvoiceSummary summary, InvoiceDetail invoice, BankRemittance payee) {
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("Amount", money(summary.total()) + (invoice.dueOn() == null ? "" : ", by " + invoice.dueOn()));
        lines.put("Reference to quote", paymentReference(summary));
        if (payee != null) {
            lines.put("Account name", payee.accountName());
            lines.put("Bank", payee.bankName() + (payee.branch() == null ? "" : ", " + payee.branch()));
            lines.put("Account number", payee.accountNumber());
            lines.put("Routing number (ABA)", payee.routingNumber());
            lines.put("SWIFT/BIC", payee.swiftCode());
            lines.put("Note", payee.note());
        }
        return lines;
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
