package org.billingcenter.enterprise;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.billingcenter.shared.persistence.TenantOwned;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A contract invoice's payment opened at a payment provider by one of the account's Administrators.
 * It ends once, by the provider's first verified outcome; only a success records a payment against
 * the invoice ({@link InvoicePayment}, which the change history keeps).
 */
@Entity
@Table(name = "ent_invoice_online_payment")
class OnlineInvoicePayment extends TenantOwned {

    enum Status { PENDING, SUCCEEDED, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "invoice_id", nullable = false, updatable = false)
    private long invoiceId;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(nullable = false, length = 20, updatable = false)
    private String provider;

    @Column(length = 40)
    private String reference;

    @Column(name = "checkout_url", length = 2000)
    private String checkoutUrl;

    @Column(nullable = false, precision = 19, scale = 4, updatable = false)
    private BigDecimal amount;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(nullable = false, length = 3, updatable = false)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Version
    private long version;

    protected OnlineInvoicePayment() {
    }

    OnlineInvoicePayment(long invoiceId, long accountId, String provider, BigDecimal amount, String currency, Instant createdAt) {
        this.invoiceId = invoiceId;
        this.accountId = accountId;
        this.provider = provider;
        this.amount = amount;
        this.currency = currency;
        this.createdAt = createdAt;
        this.status = Status.PENDING;
    }

    void opened(String reference, String checkoutUrl) {
        this.reference = reference;
        this.checkoutUrl = checkoutUrl;
    }

    void end(Status outcome, Instant at) {
        this.status = outcome;
        this.completedAt = at;
    }

    boolean isPending() {
        return status == Status.PENDING;
    }

    Long getId() {
        return id;
    }

    long getInvoiceId() {
        return invoiceId;
    }

    String getProvider() {
        return provider;
    }

    String getReference() {
        return reference;
    }

    String getCheckoutUrl() {
        return checkoutUrl;
    }

    BigDecimal getAmount() {
        return amount;
    }

    String getCurrency() {
        return currency;
    }

    Status getStatus() {
        return status;
    }
}
