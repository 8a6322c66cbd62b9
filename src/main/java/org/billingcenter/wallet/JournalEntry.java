package org.billingcenter.wallet;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.billingcenter.shared.money.Money;
import org.billingcenter.shared.persistence.TenantOwned;
import org.hibernate.annotations.Immutable;

/** One side of a movement: an amount on one book. The entries of a transaction sum to zero. */
@Entity
@Immutable
@Table(name = "journal_entry")
class JournalEntry extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "transaction_id", nullable = false, updatable = false)
    private JournalTransaction transaction;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private LedgerAccount ledger;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Embedded
    private Money amount;

    @Column(name = "lot_id", updatable = false)
    private Long lotId;

    @Column(nullable = false, updatable = false)
    private boolean invoiceable;

    protected JournalEntry() {
    }

    JournalEntry(JournalTransaction transaction, LedgerAccount ledger, long accountId, Money amount, Long lotId,
            boolean invoiceable) {
        this.transaction = transaction;
        this.ledger = ledger;
        this.accountId = accountId;
        this.amount = amount;
        this.lotId = lotId;
        this.invoiceable = invoiceable;
    }

    Long getLotId() {
        return lotId;
    }

    boolean isInvoiceable() {
        return invoiceable;
    }

    LedgerAccount getLedger() {
        return ledger;
    }

    Money getAmount() {
        return amount;
    }
}
