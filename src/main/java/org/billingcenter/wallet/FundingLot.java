package org.billingcenter.wallet;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.billingcenter.shared.money.Money;
import org.billingcenter.shared.persistence.TenantOwned;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;

/**
 * A voucher or stored-value card: value the customer holds apart from cash, usable within its
 * validity window. Its balance is a cache of the journal, moved only by {@link JournalWriter}.
 */
@Entity
@Table(name = "funding_lot")
@Audited
class FundingLot extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private LotKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private LotOrigin origin;

    /** The activation code or card purchase it came from. */
    @Column(length = 100, updatable = false)
    private String reference;

    /** A stored-value card's number (see {@link CardNumbers}); vouchers have none. */
    @Column(name = "card_number", length = 16, updatable = false)
    private String cardNumber;

    @Column(name = "face_value", nullable = false, precision = 19, scale = 4, updatable = false)
    private BigDecimal faceValue;

    // The journal is the history of the balance; auditing the cache too would only add noise.
    @NotAudited
    @Column(nullable = false, precision = 19, scale = 4, updatable = false)
    private BigDecimal balance;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(nullable = false, length = 3, updatable = false)
    private String currency;

    @Column(name = "valid_from", nullable = false, updatable = false)
    private Instant validFrom;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private LotStatus status = LotStatus.ACTIVE;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected FundingLot() {
    }

    /** A new lot holds nothing until the ledger posts its value into it. */
    FundingLot(long accountId, LotKind kind, LotOrigin origin, String reference, Money faceValue, Instant validFrom,
            Instant expiresAt, Instant createdAt) {
        this.accountId = accountId;
        this.kind = kind;
        this.origin = origin;
        this.reference = reference;
        this.faceValue = faceValue.amount();
        this.balance = BigDecimal.ZERO;
        this.currency = faceValue.currency().getCurrencyCode();
        this.validFrom = validFrom;
        this.expiresAt = expiresAt;
        this.createdAt = createdAt;
        this.cardNumber = kind == LotKind.STORED_VALUE_CARD ? CardNumbers.generate() : null;
    }

    String getCardNumber() {
        return cardNumber;
    }

    Long getId() {
        return id;
    }

    long getAccountId() {
        return accountId;
    }

    LotKind getKind() {
        return kind;
    }

    LotOrigin getOrigin() {
        return origin;
    }

    String getReference() {
        return reference;
    }

    Money faceValue() {
        return Money.of(faceValue.stripTrailingZeros(), Currency.getInstance(currency));
    }

    Money balance() {
        return Money.of(balance.stripTrailingZeros(), Currency.getInstance(currency));
    }

    Instant getValidFrom() {
        return validFrom;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    LotStatus getStatus() {
        return status;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    boolean usableAt(Instant when) {
        return status == LotStatus.ACTIVE && !when.isBefore(validFrom) && when.isBefore(expiresAt);
    }

    void expire() {
        this.status = LotStatus.EXPIRED;
    }

    void markUsedUp() {
        this.status = LotStatus.USED_UP;
    }
}
