package org.billingcenter.wallet;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.billingcenter.invoice.DocumentType;
import org.billingcenter.invoice.InvoiceableDocument;
import org.billingcenter.invoice.InvoiceableSource;
import org.billingcenter.shared.money.Money;
import org.billingcenter.tenant.TenantRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Vouchers bought with cash are invoiced when bought, for their cash price (the lot's reference),
 * as far as paid money paid it; the discount and what the voucher pays later never are.
 */
@Component
@Transactional(readOnly = true)
class VoucherPurchaseInvoiceables implements InvoiceableSource {

    static final String PREFIX = "VOUCHER-";

    private final FundingLotRepository lots;
    private final JournalTransactionRepository journal;
    private final TenantRegistry tenants;

    VoucherPurchaseInvoiceables(FundingLotRepository lots, JournalTransactionRepository journal, TenantRegistry tenants) {
        this.lots = lots;
        this.journal = journal;
        this.tenants = tenants;
    }

    @Override
    public List<InvoiceableDocument> invoiceableFor(long accountId) {
        return lots.findByAccountIdAndOriginOrderById(accountId, LotOrigin.VOUCHER_PURCHASE).stream().map(this::documentOf).toList();
    }

    @Override
    public Optional<InvoiceableDocument> find(long accountId, String reference) {
        if (reference == null || !reference.matches(PREFIX + "\\d{1,18}")) {
            return Optional.empty();
        }
        return lots.findById(Long.parseLong(reference.substring(PREFIX.length())))
                .filter(lot -> lot.getAccountId() == accountId && lot.getOrigin() == LotOrigin.VOUCHER_PURCHASE)
                .map(this::documentOf);
    }

    private InvoiceableDocument documentOf(FundingLot voucher) {
        var day = voucher.getCreatedAt().atZone(tenants.current().timeZone()).toLocalDate();
        var currency = voucher.faceValue().currency();
        Money price = Money.of(new BigDecimal(voucher.getReference()), currency);
        Money paid = Money.of(journal.invoiceableOfLot(voucher.getId()), currency);
        return new InvoiceableDocument(DocumentType.VOUCHER_PURCHASE, PREFIX + voucher.getId(), day, "Voucher purchase", price, paid);
    }
}
