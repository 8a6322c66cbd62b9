package org.billingcenter.account;

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
import org.billingcenter.tenant.TenantDefinition.AccountKind;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/** The customer who pays: a pay-as-you-go (STANDARD) or contract (ENTERPRISE) account and its profile. */
@Entity
@Table(name = "billing_account")
@Audited
class BillingAccount extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private AccountKind kind;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(nullable = false, length = 3, updatable = false)
    private String currency;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "enterprise_name", nullable = false, length = 200)
    private String enterpriseName;

    @Column(length = 100)
    private String industry;

    @Column(length = 100)
    private String region;

    @Column(length = 1000)
    private String introduction;

    @Column(name = "contact_name", length = 120)
    private String contactName;

    @Column(name = "contact_email", length = 320)
    private String contactEmail;

    @Column(name = "contact_phone", length = 40)
    private String contactPhone;

    @Column(name = "any_settlement_method", nullable = false)
    private boolean anySettlementMethod;

    @Version
    private long version;

    protected BillingAccount() {
    }

    BillingAccount(AccountKind kind, String currency, String enterpriseName, Instant createdAt) {
        this.kind = kind;
        this.currency = currency;
        this.enterpriseName = enterpriseName;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    AccountKind getKind() {
        return kind;
    }

    String getCurrency() {
        return currency;
    }

    AccountProfile profile() {
        return new AccountProfile(enterpriseName, industry, region, introduction, contactName, contactEmail, contactPhone);
    }

    void update(AccountProfile profile) {
        this.enterpriseName = profile.enterpriseName();
        this.industry = profile.industry();
        this.region = profile.region();
        this.introduction = profile.introduction();
        this.contactName = profile.contactName();
        this.contactEmail = profile.contactEmail();
        this.contactPhone = profile.contactPhone();
    }

    boolean anySettlementMethod() {
        return anySettlementMethod;
    }

    void allowAnySettlementMethod(boolean allowed) {
        this.anySettlementMethod = allowed;
    }
}
