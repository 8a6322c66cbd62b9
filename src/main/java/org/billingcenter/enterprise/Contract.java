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

/** A contract of an enterprise account: its term, how it is paid and how often it is invoiced. */
@Entity
@Table(name = "ent_contract")
@Audited
class Contract extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "contract_number", nullable = false, length = 40, updatable = false)
    private String number;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_method", nullable = false, length = 20)
    private PaymentMethod paymentMethod;

    @Column(name = "invoicing_months", nullable = false)
    private int invoicingMonths;

    @Column(name = "platform_fee", nullable = false, precision = 19, scale = 4)
    private BigDecimal platformFee;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(nullable = false, length = 3, updatable = false)
    private String currency;

    @Version
    private long version;

    protected Contract() {
    }

    Contract(long accountId, String number, LocalDate startsOn, LocalDate endsOn, PaymentMethod paymentMethod,
            int invoicingMonths, BigDecimal platformFee, String currency) {
        this.accountId = accountId;
        this.number = number;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.paymentMethod = paymentMethod;
        this.invoicingMonths = invoicingMonths;
        this.platformFee = platformFee;
        this.currency = currency;
    }

    /** New terms from an amendment; the number, start and account stay as signed. */
    void amend(LocalDate newEndsOn, PaymentMethod newPaymentMethod, int newInvoicingMonths, BigDecimal newPlatformFee) {
        this.endsOn = newEndsOn;
        this.paymentMethod = newPaymentMethod;
        this.invoicingMonths = newInvoicingMonths;
        this.platformFee = newPlatformFee;
    }

    void endOn(LocalDate on) {
        this.endsOn = on;
    }

    Long getId() {
        return id;
    }

    long getAccountId() {
        return accountId;
    }

    String getNumber() {
        return number;
    }

    LocalDate getStartsOn() {
        return startsOn;
    }

    LocalDate getEndsOn() {
        return endsOn;
    }

    PaymentMethod getPaymentMethod() {
        return paymentMethod;
    }

    int getInvoicingMonths() {
        return invoicingMonths;
    }

    BigDecimal getPlatformFee() {
        return platformFee;
    }

    String getCurrency() {
        return currency;
    }
}
