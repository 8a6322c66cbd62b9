package org.billingcenter.wallet;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import org.billingcenter.audit.Provenance;
import org.billingcenter.shared.money.Money;
import org.billingcenter.shared.persistence.TenantOwned;
import org.hibernate.annotations.Immutable;

/** One money movement: posted once, never edited; corrections are new transactions. */
@Entity
@Immutable
@Table(name = "journal_transaction")
class JournalTransaction extends TenantOwned {

    /** Assigned by {@link JournalWriter} from an id block, so many transactions insert in one statement. */
    @Id
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private MovementKind kind;

    @Column(nullable = false, length = 300, updatable = false)
    private String description;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    /** The business day the movement belongs to (a charge for Monday's usage posted on Tuesday is Monday's). */
    @Column(name = "value_date", nullable = false, updatable = false)
    private LocalDate valueDate;

    /** The billing item a charge was for; some items may be paid by cash or cards only. */
    @Column(name = "item_code", length = 40, updatable = false)
    private String itemCode;

    /** Who posted it, from where and why: the caller who submitted the command, also when another caller's batch wrote it. */
    @Column(updatable = false, length = 320)
    private String actor;

    @Column(name = "client_address", updatable = false, length = 64)
    private String clientAddress;

    @Column(updatable = false, length = 500)
    private String reason;

    @OneToMany(mappedBy = "transaction", cascade = CascadeType.PERSIST)
    private List<JournalEntry> entries = new ArrayList<>();

    protected JournalTransaction() {
    }

    /** {@code by}: who submitted the command that posts it, also when another caller's batch writes it. */
    JournalTransaction(long accountId, MovementKind kind, String description, Instant occurredAt, LocalDate valueDate, Provenance by) {
        this.accountId = accountId;
        this.kind = kind;
        this.description = description;
        this.occurredAt = occurredAt;
        this.valueDate = valueDate;
        this.actor = by.actor();
        this.clientAddress = by.clientAddress();
        this.reason = by.reason();
    }

    long getAccountId() {
        return accountId;
    }

    JournalTransaction entry(LedgerAccount ledger, Money amount) {
        entries.add(new JournalEntry(this, ledger, accountId, amount, null, false));
        return this;
    }

    /** An entry on the customer's cash; {@code invoiceable} when it is cash the customer paid for consumption or cards. */
    JournalTransaction cash(Money amount, boolean invoiceable) {
        entries.add(new JournalEntry(this, LedgerAccount.CUSTOMER_CASH, accountId, amount, null, invoiceable));
        return this;
    }

    JournalTransaction lot(FundingLot lot, Money amount, boolean invoiceable) {
        return lot(lot.getId(), amount, invoiceable);
    }

    JournalTransaction lot(long lotId, Money amount, boolean invoiceable) {
        entries.add(new JournalEntry(this, LedgerAccount.CUSTOMER_LOT, accountId, amount, lotId, invoiceable));
        return this;
    }

    JournalTransaction forItem(String itemCode) {
        this.itemCode = itemCode;
        return this;
    }

    Long getId() {
        return id;
    }

    void assignId(long id) {
        if (this.id != null) {
            throw new IllegalStateException("Journal transaction " + this.id + " is already posted");
        }
        this.id = id;
    }

    String getItemCode() {
        return itemCode;
    }

    String getDescription() {
        return description;
    }

    LocalDate getValueDate() {
        return valueDate;
    }

    List<JournalEntry> getEntries() {
        return List.copyOf(entries);
    }

    MovementKind getKind() {
        return kind;
    }

    String getActor() {
        return actor;
    }

    String getClientAddress() {
        return clientAddress;
    }

    String getReason() {
        return reason;
    }

    Instant getOccurredAt() {
        return occurredAt;
    }
}
