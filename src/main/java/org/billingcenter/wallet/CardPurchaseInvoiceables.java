package org.billingcenter.wallet;

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
 * Stored-value card purchases are invoiced when bought: the card was paid in cash, and consumption
 * it pays later is therefore never invoiced again. Invoiceable is the part of the face value paid
 * with money that came in as a payment or remittance: the purchase posted it to the card as an
 * invoiceable entry, and money staff credited as goodwill or a correction as another. Vouchers are
 * never invoiceable, neither are cards' later deductions.
 */
@Component
@Transactional(readOnly = true)
class CardPurchaseInvoiceables implements InvoiceableSource {

    static final String PREFIX = "CARD-";

    private final FundingLotRepository lots;
    private final JournalTransactionRepository journal;
    private final TenantRegistry tenants;

    CardPurchaseInvoiceables(FundingLotRepository lots, JournalTransactionRepository journal, TenantRegistry tenants) {
        this.lots = lots;
        this.journal = journal;
        this.tenants = tenants;
    }

    @Override
    public List<InvoiceableDocument> invoiceableFor(long accountId) {
        return lots.findByAccountIdAndOriginOrderById(accountId, LotOrigin.CARD_PURCHASE).stream().map(this::documentOf).toList();
    }

    @Override
    public Optional<InvoiceableDocument> find(long accountId, String reference) {
        if (reference == null || !reference.matches(PREFIX + "\\d{1,18}")) {
            return Optional.empty();
        }
        return lots.findById(Long.parseLong(reference.substring(PREFIX.length())))
                .filter(lot -> lot.getAccountId() == accountId && lot.getOrigin() == LotOrigin.CARD_PURCHASE)
                .map(this::documentOf);
    }

    private InvoiceableDocument documentOf(FundingLot card) {
        var day = card.getCreatedAt().atZone(tenants.current().timeZone()).toLocalDate();
        Money paid = Money.of(journal.invoiceableOfLot(card.getId()), card.faceValue().currency());
        String description = card.getCardNumber() == null ? "Stored-value card"
                : "Stored-value card " + CardNumbers.formatted(card.getCardNumber());
        return new InvoiceableDocument(DocumentType.CARD_PURCHASE, PREFIX + card.getId(), day, description, card.faceValue(), paid);
    }
}
