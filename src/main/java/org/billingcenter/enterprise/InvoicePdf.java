package org.billingcenter.enterprise;

import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.billingcenter.shared.i18n.Translations;
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
 * Every label is in the reader's language.
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

    /** {@code planName} names a line's plan as the tenant file does (the code is for machines). */
    static void write(InvoiceDetail invoice, Letterhead issuer, BankRemittance payee, Function<SitePlan, String> planName, Locale language,
            OutputStream out) {
        Labels says = new Labels(language);
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter.getInstance(document, out);
        InvoiceSummary summary = invoice.summary();
        document.addTitle(says.text("title", summary.number()));
        document.addAuthor(issuer.legalName());
        document.open();

        Map<String, String> facts = new LinkedHashMap<>();
        facts.put(says.text("invoiceNumber"), summary.number());
        facts.put(says.text("invoiceDate"), summary.invoiceDate().toString());
        if (invoice.dueOn() != null) {
            facts.put(says.text("dueDate"), invoice.dueOn().toString());
        }
        facts.put(says.text("status"), says.label(summary.status()));
        DocumentSections.letterhead(document, issuer, says.text("taxId"), says.text("heading"), facts);

        Map<String, String> billedTo = new LinkedHashMap<>();
        billedTo.put(says.text("organisation"), invoice.organisation());
        billedTo.put(says.text("accountNumber"), String.valueOf(invoice.accountId()));
        billedTo.put(says.text("contract"), summary.contractNumber());
        billedTo.put(says.text("servicePeriod"), says.text("periodFromTo", String.valueOf(summary.previousDate()),
                String.valueOf(summary.invoiceDate())));
        billedTo.put(says.text("paymentMethod"), says.label(summary.paymentMethod()));
        DocumentSections.block(document, says.text("billedTo"), billedTo);

        document.add(lines(invoice, summary, planName, says));
        document.add(TEXT.paragraph(" "));
        DocumentSections.block(document, says.text("howToPay"), payment(summary, invoice, payee, says));
        document.close();
    }

    /** The document's words in the reader's language. */
    private record Labels(Locale language) {
        String text(String name, Object... arguments) {
            return Translations.text(language, "pdf.contractInvoice." + name, arguments);
        }

        String column(String name) {
            return Translations.text(language, "pdf.contract.column." + name);
        }

        String label(Enum<?> value) {
            return Translations.text(language, "enterprise." + value.getDeclaringClass().getSimpleName() + "." + value.name());
        }
    }

    private static PdfPTable lines(InvoiceDetail invoice, InvoiceSummary summary, Function<SitePlan, String> planName, Labels says) {
        PdfPTable table = new PdfPTable(new float[] {4, 2, 1, 1, 2, 2});
        table.setWidthPercentage(100);
        for (String heading : new String[] {"item", "plan", "quantity", "months", "unitPrice", "amount"}) {
            table.addCell(new PdfPCell(BOLD.phrase(says.column(heading))));
        }
        for (InvoiceLine line : invoice.lines()) {
            table.addCell(TEXT.phrase(says.label(line.kind())));
            table.addCell(TEXT.phrase(line.plan() == null ? "" : planName.apply(line.plan())));
            table.addCell(number(String.valueOf(line.quantity())));
            table.addCell(number(String.valueOf(line.months())));
            table.addCell(number(money(line.unitPrice())));
            table.addCell(number(money(line.amount())));
        }
        PdfPCell totalLabel = new PdfPCell(BOLD.phrase(says.text("totalDue", summary.total().currency().getCurrencyCode())));
        totalLabel.setColspan(5);
        table.addCell(totalLabel);
        PdfPCell total = new PdfPCell(BOLD.phrase(money(summary.total())));
        total.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(total);
        return table;
    }

    private static Map<String, String> payment(InvoiceSummary summary, InvoiceDetail invoice, BankRemittance payee, Labels says) {
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put(says.text("amount"), invoice.dueOn() == null ? money(summary.total())
                : says.text("amountBy", money(summary.total()), invoice.dueOn().toString()));
        lines.put(says.text("reference"), paymentReference(summary));
        if (payee != null) {
            lines.put(says.text("accountName"), payee.accountName());
            lines.put(says.text("bank"), payee.bankName() + (payee.branch() == null ? "" : ", " + payee.branch()));
            lines.put(says.text("accountNumber"), payee.accountNumber());
            lines.put(says.text("routingNumber"), payee.routingNumber());
            lines.put(says.text("swift"), payee.swiftCode());
            lines.put(says.text("note"), payee.note());
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
}
