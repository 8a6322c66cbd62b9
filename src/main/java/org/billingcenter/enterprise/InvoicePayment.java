package org.billingcenter.enterprise;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.billingcenter.shared.persistence.TenantOwned;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/** A payment received against a contract invoice (a transfer, a cheque), as staff recorded it. Never changed once written. */
@Entity
@Table(name = "ent_invoice_payment")
@Audited
class InvoicePayment extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "invoice_id", nullable = false, updatable = false)
    private long invoiceId;

    @Column(nullable = false, precision = 19, scale = 4, updatable = false)
    private BigDecimal amount;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(nullable = false, length = 3, updatable = false)
    private String currency;

    @Column(name = "paid_on", nullable = false, updatable = false)
    private LocalDate paidOn;

    @Column(nullable = false, length = 100, updatable = false)
    private String reference;

    @Version
    private long version;

    protected InvoicePayment() {
    }

    InvoicePayment(long invoiceId, BigDecimal amount, String currency, LocalDate paidOn, String reference) {
        this.invoiceId = invoiceId;
        this.amount = amount;
        this.currency = currency;
        this.paidOn = paidOn;
        this.reference = reference;
    }

    Long getId() {
        return id;
    }
}
