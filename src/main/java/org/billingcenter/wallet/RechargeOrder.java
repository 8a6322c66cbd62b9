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
import org.billingcenter.tenant.TenantDefinition.RechargeMethod;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;

/**
 * Money on its way in. Its status only moves forward (pending → succeeded, failed or rejected), so
 * late, repeated or out-of-order gateway callbacks cannot credit twice or undo a result.
 */
@Entity
@Table(name = "recharge_order")
@Audited
class RechargeOrder extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private RechargeMethod method;

    @Column(nullable = false, precision = 19, scale = 4, updatable = false)
    private BigDecimal amount;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(nullable = false, length = 3, updatable = false)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RechargeStatus status = RechargeStatus.PENDING;

    @Column(name = "gateway_reference", length = 100)
    private String gatewayReference;

    @Column(length = 20, updatable = false)
    private String provider;

    /** Changes nothing a person decides: the provider's own link for the payer, kept to send them back to it. */
    @NotAudited
    @Column(name = "provider_link", length = 2048)
    private String providerLink;

    @Column(name = "payer_name", length = 200, updatable = false)
    private String payerName;

    @Column(name = "bank_reference", length = 100, updatable = false)
    private String bankReference;

    @Column(name = "decision_note", length = 500)
    private String decisionNote;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Version
    private long version;

    protected RechargeOrder() {
    }

    static RechargeOrder online(long accountId, String provider, Money amount, Instant at) {
        RechargeOrder order = new RechargeOrder(accountId, RechargeMethod.ONLINE_PAYMENT, amount, at);
        order.provider = provider;
        return order;
    }

    static RechargeOrder remittance(long accountId, Money amount, String payerName, String bankReference, Instant at) {
        RechargeOrder order = new RechargeOrder(accountId, RechargeMethod.BANK_REMITTANCE, amount, at);
        order.payerName = payerName;
        order.bankReference = bankReference;
        return order;
    }

    private RechargeOrder(long accountId, RechargeMethod method, Money amount, Instant createdAt) {
        this.accountId = accountId;
        this.method = method;
        this.amount = amount.amount();
        this.currency = amount.currency().getCurrencyCode();
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    long getAccountId() {
        return accountId;
    }

    RechargeMethod getMethod() {
        return method;
    }

    Money amount() {
        return Money.of(amount.stripTrailingZeros(), Currency.getInstance(currency));
    }

    RechargeStatus getStatus() {
        return status;
    }

    String getGatewayReference() {
        return gatewayReference;
    }

    String getPayerName() {
        return payerName;
    }

    String getBankReference() {
        return bankReference;
    }

    String getDecisionNote() {
        return decisionNote;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getCompletedAt() {
        return completedAt;
    }

    boolean isPending() {
        return status == RechargeStatus.PENDING;
    }

    /** The provider that takes the payment; orders from before providers were named were simulated ones. */
    String getProvider() {
        return provider == null ? "simulated" : provider;
    }

    String getProviderLink() {
        return providerLink;
    }

    void awaitGateway(String reference, String link) {
        this.gatewayReference = reference;
        this.providerLink = link;
    }

    void complete(RechargeStatus outcome, String note, Instant at) {
        if (!isPending()) {
            throw new IllegalStateException("Recharge " + id + " is already " + status);
        }
        this.status = outcome;
        this.decisionNote = note;
        this.completedAt = at;
    }
}
