package org.billingcenter.enterprise;

import java.math.BigDecimal;
import java.time.LocalDate;

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
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * One invoice of a contract, for the period from the previous invoice date (the contract start
 * for the first) up to the invoice date. Its lines and its portfolio are written once, when it is issued.
 */
@Entity
@Table(name = "ent_invoice")
@Audited
class ContractInvoice extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "contract_id", nullable = false, updatable = false)
    private long contractId;

    @Column(name = "invoice_number", nullable = false, length = 40, updatable = false)
    private String number;

    @Column(name = "previous_date", nullable = false, updatable = false)
    private LocalDate previousDate;

    @Column(name = "invoice_date", nullable = false, updatable = false)
    private LocalDate invoiceDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_method", nullable = false, length = 20, updatable = false)
    private PaymentMethod paymentMethod;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InvoiceStatus status;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal total;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal paid;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(nullable = false, length = 3, updatable = false)
    private String currency;

    @Version
    private long version;

    protected ContractInvoice() {
    }

    ContractInvoice(long accountId, long contractId, String number, LocalDate previousDate, LocalDate invoiceDate,
            PaymentMethod paymentMethod, String currency, LocalDate dueOn) {
        this.dueOn = dueOn;
        this.paid = BigDecimal.ZERO;
        this.accountId = accountId;
        this.contractId = contractId;
        this.number = number;
        this.previousDate = previousDate;
        this.invoiceDate = invoiceDate;
        this.paymentMethod = paymentMethod;
        this.currency = currency;
        this.status = InvoiceStatus.ISSUED;
        this.total = BigDecimal.ZERO;
    }

    Long getId() {
        return id;
    }

    void settle(BigDecimal total, InvoiceStatus status) {
        this.total = total;
        this.status = status;
        if (status == InvoiceStatus.PAID) {
            this.paid = total;
        }
    }

    /** Adds a payment; the invoice is paid once payments reach its total. Refuses paying more than is open. */
    void pay(BigDecimal amount) {
        if (amount.signum() <= 0) {
            throw new org.billingcenter.shared.error.BusinessRuleException("enterprise.payment.amount");
        }
        if (amount.compareTo(outstanding()) > 0) {
            throw new org.billingcenter.shared.error.BusinessRuleException("enterprise.payment.tooMuch", outstanding().toPlainString());
        }
        this.paid = paid.add(amount);
        if (outstanding().signum() == 0) {
            this.status = InvoiceStatus.PAID;
        }
    }

    /** Past its due date and not fully paid; returns whether it changed. */
    boolean markOverdue(LocalDate today) {
        if (status != InvoiceStatus.ISSUED || dueOn == null || !today.isAfter(dueOn) || outstanding().signum() == 0) {
            return false;
        }
        this.status = InvoiceStatus.OVERDUE;
        return true;
    }

    BigDecimal outstanding() {
        return total.subtract(paid);
    }

    long getAccountId() {
        return accountId;
    }

    long getContractId() {
        return contractId;
    }

    String getNumber() {
        return number;
    }

    LocalDate getPreviousDate() {
        return previousDate;
    }

    LocalDate getInvoiceDate() {
        return invoiceDate;
    }

    LocalDate getDueOn() {
        return dueOn;
    }

    InvoiceStatus getStatus() {
        return status;
    }

    BigDecimal getTotal() {
        return total;
    }

    BigDecimal getPaid() {
        return paid;
    }

    String getCurrency() {
        return currency;
    }
}
