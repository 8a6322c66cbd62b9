package org.billingcenter.billing;

import java.util.List;
import java.util.Optional;

import org.billingcenter.invoice.DocumentType;
import org.billingcenter.invoice.InvoiceableDocument;
import org.billingcenter.invoice.InvoiceableSource;
import org.billingcenter.shared.i18n.Message;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issued monthly bills as documents for tax invoices. Only the part paid in cash (less credits
 * given back by adjustments) is invoiceable:
 * what vouchers paid was never the customer's money, and what cards paid was invoiced when the
 * card was bought; what is still in arrears becomes invoiceable on a later bill once paid.
 */
@Component
@Transactional(readOnly = true)
class BillInvoiceables implements InvoiceableSource {

    static final String PREFIX = "BILL-";

    private final BillService bills;

    BillInvoiceables(BillService bills) {
        this.bills = bills;
    }

    @Override
    public List<InvoiceableDocument> invoiceableFor(long accountId) {
        return bills.issuedBillsOf(accountId).stream().filter(bill -> bill.invoiceable().isPositive()).map(BillInvoiceables::documentOf)
                .toList();
    }

    @Override
    public Optional<InvoiceableDocument> find(long accountId, String reference) {
        if (reference == null || !reference.matches(PREFIX + "\\d{1,18}")) {
            return Optional.empty();
        }
        return bills.issuedBillOf(accountId, Long.parseLong(reference.substring(PREFIX.length())))
                .filter(bill -> bill.invoiceable().isPositive()).map(BillInvoiceables::documentOf);
    }

    private static InvoiceableDocument documentOf(BillSummary bill) {
        return new InvoiceableDocument(DocumentType.BILL, PREFIX + bill.id(), bill.period().atEndOfMonth(),
                Message.of("invoiceable.bill", bill.period()).stored(), bill.total(), bill.invoiceable());
    }
}
