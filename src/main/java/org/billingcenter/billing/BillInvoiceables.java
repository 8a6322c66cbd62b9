package org.billingcenter.billing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.billingcenter.invoice.DocumentType;
import org.billingcenter.invoice.InvoiceableDocument;
import org.billingcenter.invoice.InvoiceableSource;
import org.billingcenter.shared.i18n.Message;
import org.billingcenter.tenant.TenantRegistry;
import org.billingcenter.wallet.LatePayments;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issued monthly bills as documents for tax invoices. Only the part paid in cash (less credits
 * given back by adjustments) is invoiceable:
 * what vouchers paid was never the customer's money, and what cards paid was invoiced when the
 * card was bought. Arrears left on an issued bill become invoiceable as they are paid: each
 * payment that settles part of them is a document of its own ({@code ARREARS-<bill>-<payment>}),
 * so a bill already invoiced still gets its later cash invoiced; what staff credited is not.
 */
@Component
@Transactional(readOnly = true)
class BillInvoiceables implements InvoiceableSource {

    static final String PREFIX = "BILL-";
    static final String ARREARS_PREFIX = "ARREARS-";

    private final BillService bills;
    private final LatePayments latePayments;
    private final TenantRegistry tenants;

    BillInvoiceables(BillService bills, LatePayments latePayments, TenantRegistry tenants) {
        this.bills = bills;
        this.latePayments = latePayments;
        this.tenants = tenants;
    }

    @Override
    public List<InvoiceableDocument> invoiceableFor(long accountId) {
        List<BillSummary> issued = bills.issuedBillsOf(accountId);
        List<InvoiceableDocument> documents = new ArrayList<>(issued.stream().filter(bill -> bill.invoiceable().isPositive())
                .map(BillInvoiceables::documentOf).toList());
        documents.addAll(arrearsPaid(accountId, issued));
        return documents;
    }

    @Override
    public Optional<InvoiceableDocument> find(long accountId, String reference) {
        if (reference != null && reference.matches(ARREARS_PREFIX + "\\d{1,18}-\\d{1,18}")) {
            return arrearsPaid(accountId, bills.issuedBillsOf(accountId)).stream()
                    .filter(document -> document.reference().equals(reference)).findFirst();
        }
        if (reference == null || !reference.matches(PREFIX + "\\d{1,18}")) {
            return Optional.empty();
        }
        return bills.issuedBillOf(accountId, Long.parseLong(reference.substring(PREFIX.length())))
                .filter(bill -> bill.invoiceable().isPositive()).map(BillInvoiceables::documentOf);
    }

    /** The payments that settled bills' arrears after the bills were issued, one document each. */
    private List<InvoiceableDocument> arrearsPaid(long accountId, List<BillSummary> issued) {
        Map<Long, BillSummary> owing = issued.stream().filter(bill -> bill.arrears().isPositive())
                .collect(Collectors.toMap(BillSummary::id, Function.identity()));
        if (owing.isEmpty()) {
            return List.of();
        }
        List<LatePayments.Debt> debts = owing.values().stream()
                .map(bill -> new LatePayments.Debt(bill.id(), bill.issuedAt(), bill.arrears())).toList();
        return latePayments.of(accountId, debts).stream().map(payment -> {
            BillSummary bill = owing.get(payment.debtId());
            return new InvoiceableDocument(DocumentType.ARREARS_PAYMENT, ARREARS_PREFIX + bill.id() + "-" + payment.transactionId(),
                    payment.paidAt().atZone(tenants.current().timeZone()).toLocalDate(), Message.of("invoiceable.arrearsPaid", bill.period()).stored(),
                    payment.amount(), payment.amount());
        }).toList();
    }

    private static InvoiceableDocument documentOf(BillSummary bill) {
        return new InvoiceableDocument(DocumentType.BILL, PREFIX + bill.id(), bill.period().atEndOfMonth(),
                Message.of("invoiceable.bill", bill.period()).stored(), bill.total(), bill.invoiceable());
    }
}
