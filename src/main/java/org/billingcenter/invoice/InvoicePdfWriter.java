package org.billingcenter.invoice;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.billingcenter.shared.i18n.Message;
import org.billingcenter.shared.i18n.Translations;
import org.billingcenter.shared.money.CreditorReference;
import org.billingcenter.shared.money.Money;
import org.billingcenter.shared.pdf.DocumentSections;
import org.billingcenter.shared.pdf.Letterhead;
import org.billingcenter.shared.pdf.PdfText;
import org.billingcenter.tenant.BankRemittance;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/**
 * Lays out an issued tax invoice as a PDF: the seller's letterhead with its tax number and bank
 * account (a VAT invoice names both), the buyer's registration (PRC) or billing details
 * (international), the documents invoiced and, when the seller charges VAT, each line's amount
 * before tax, rate and tax. An international invoice of a seller without a VAT rate is a receipt. The amounts invoiced were
 * paid when they were recharged, so the invoice says so rather than asking for payment again.
 */
@Component
class InvoicePdfWriter {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    /**
     * @param vatRate the VAT included in the amounts (0.06 for 6%), or null when the seller's invoices carry no tax lines
     */
    byte[] write(InvoiceRequest request, List<InvoiceRequestLine> lines, Letterhead seller, BankRemittance sellerBank, BigDecimal vatRate,
            ZoneId zone, Locale language) {
        Labels says = new Labels(language);
        boolean prc = request.getType().isPrc();
        // Abroad, a seller without a VAT rate issues a receipt: a document of payment with no tax lines.
        boolean receipt = !prc && vatRate == null;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 56, 56);
        PdfWriter.getInstance(document, out);
        document.addTitle(receipt ? says.text("receiptTitle", request.getInvoiceNumber())
                : Translations.text(language, "pdf.invoice.title", request.getInvoiceNumber()));
        document.addAuthor(seller.legalName());
        document.open();
        // Seller, buyer and their registration are often Chinese: PdfText sets every script.
        PdfText label = new PdfText(9, Font.BOLD);
        PdfText body = new PdfText(9, Font.NORMAL);
        String issued = DAY.format(request.getIssuedAt().atZone(zone));
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put(says.text(receipt ? "receiptNumber" : "invoiceNumber"), request.getInvoiceNumber());
        facts.put(says.text("issueDate"), issued);
        facts.put(says.text("payment"), says.text("paidInFull"));
        String heading = prc ? Translations.text(language, "invoice.type." + request.getType().name())
                : says.text(receipt ? "heading.receipt" : "heading.invoice");
        DocumentSections.letterhead(document, seller, says.text(prc ? "taxpayerId" : "sellerTaxId"), heading, facts);
        DocumentSections.block(document, says.text(prc ? "buyer" : "billTo"), prc ? prcBuyer(request, says) : billTo(request, says));

        document.add(vatRate == null ? plainLines(lines, request, says, label, body) : taxLines(lines, request, vatRate, says, label, body));
        document.add(body.paragraph(" "));

        Map<String, String> payment = new LinkedHashMap<>();
        payment.put(says.text("status"), says.text("paidBefore", issued));
        payment.put(says.text("reference"), CreditorReference.of(request.getInvoiceNumber()));
        if (sellerBank != null) {
            payment.put(says.text("sellerBank"), sellerBank.bankName() + (sellerBank.branch() == null ? "" : ", " + sellerBank.branch()));
            payment.put(says.text("accountName"), sellerBank.accountName());
            payment.put(says.text("accountNumber"), sellerBank.accountNumber());
        }
        DocumentSections.block(document, says.text("payment"), payment);
        document.close();
        return out.toByteArray();
    }

    /** A PRC buyer: the verified name and its tax registration. */
    private static Map<String, String> prcBuyer(InvoiceRequest request, Labels says) {
        Map<String, String> buyer = new LinkedHashMap<>();
        buyer.put(says.text("name"), request.getTitle());
        buyer.put(says.text("taxpayerId"), request.getTaxNumber());
        buyer.put(says.text("bank"), request.getBank());
        buyer.put(says.text("accountNumber"), request.getBankAccount());
        buyer.put(says.text("registeredAddress"), request.getRegisteredAddress());
        buyer.put(says.text("registeredPhone"), request.getRegisteredPhone());
        return buyer;
    }

    /** An international buyer: the billing details asked for, the country named in the reader's language. */
    private static Map<String, String> billTo(InvoiceRequest request, Labels says) {
        Map<String, String> buyer = new LinkedHashMap<>();
        buyer.put(says.text("name"), request.getTitle());
        buyer.put(says.text("taxId"), request.getTaxNumber());
        buyer.put(says.text("billingAddress"), request.getBillingAddress());
        buyer.put(says.text("country"), request.getCountry() == null ? null
                : Locale.of("", request.getCountry()).getDisplayCountry(says.language()));
        return buyer;
    }

    /** The document's words in the recipient's language. */
    private record Labels(Locale language) {
        String text(String name, Object... arguments) {
            return Translations.text(language, "pdf.taxInvoice." + name, arguments);
        }

        String column(String name) {
            return Translations.text(language, "pdf.invoice.column." + name);
        }

        String total() {
            return Translations.text(language, "pdf.total");
        }
    }

    private static PdfPTable plainLines(List<InvoiceRequestLine> lines, InvoiceRequest request, Labels says, PdfText label, PdfText body) {
        PdfPTable table = new PdfPTable(new float[] {2, 5, 3, 2});
        table.setWidthPercentage(100);
        for (String column : List.of("date", "description", "reference", "amount")) {
            table.addCell(new PdfPCell(label.phrase(says.column(column))));
        }
        for (InvoiceRequestLine line : lines) {
            table.addCell(body.phrase(DAY.format(line.getDocumentDate())));
            table.addCell(body.phrase(Message.render(line.getDescription(), says.language())));
            table.addCell(body.phrase(line.getReference()));
            table.addCell(amountCell(line.getAmount(), body));
        }
        PdfPCell totalLabel = new PdfPCell(label.phrase(says.total()));
        totalLabel.setColspan(3);
        table.addCell(totalLabel);
        table.addCell(amountCell(request.getAmount(), label));
        return table;
    }

    /** Amounts include VAT: each line is split into its amount before tax and its tax, which add up to it exactly. */
    private static PdfPTable taxLines(List<InvoiceRequestLine> lines, InvoiceRequest request, BigDecimal vatRate, Labels says, PdfText label,
            PdfText body) {
        PdfPTable table = new PdfPTable(new float[] {2, 4, 3, 2, 1.2f, 2, 2});
        table.setWidthPercentage(100);
        for (String column : List.of(says.column("date"), says.column("description"), says.column("reference"), says.text("amountExclVat"),
                says.text("vatRate"), says.text("vat"), says.column("amount"))) {
            table.addCell(new PdfPCell(label.phrase(column)));
        }
        String rate = vatRate.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
        Money net = Money.zero(request.getAmount().currency());
        Money tax = Money.zero(request.getAmount().currency());
        for (InvoiceRequestLine line : lines) {
            Money lineTax = taxIn(line.getAmount(), vatRate);
            Money lineNet = line.getAmount().minus(lineTax);
            net = net.plus(lineNet);
            tax = tax.plus(lineTax);
            table.addCell(body.phrase(DAY.format(line.getDocumentDate())));
            table.addCell(body.phrase(Message.render(line.getDescription(), says.language())));
            table.addCell(body.phrase(line.getReference()));
            table.addCell(amountCell(lineNet, body));
            table.addCell(body.phrase(rate));
            table.addCell(amountCell(lineTax, body));
            table.addCell(amountCell(line.getAmount(), body));
        }
        PdfPCell totalLabel = new PdfPCell(label.phrase(says.total()));
        totalLabel.setColspan(3);
        table.addCell(totalLabel);
        table.addCell(amountCell(net, label));
        table.addCell(label.phrase(rate));
        table.addCell(amountCell(tax, label));
        table.addCell(amountCell(net.plus(tax), label));
        return table;
    }

    /** The VAT contained in an amount that includes it: amount × rate / (1 + rate), to the currency's cent. */
    static Money taxIn(Money gross, BigDecimal vatRate) {
        int scale = gross.currency().getDefaultFractionDigits();
        BigDecimal tax = gross.amount().multiply(vatRate).divide(BigDecimal.ONE.add(vatRate), scale, RoundingMode.HALF_UP);
        return Money.of(tax, gross.currency());
    }

    static String amountText(Money money) {
        return money.currency().getCurrencyCode() + " " + money.amount().toPlainString();
    }

    private static PdfPCell amountCell(Money money, PdfText font) {
        PdfPCell cell = new PdfPCell(font.phrase(amountText(money)));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }
}
