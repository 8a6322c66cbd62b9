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

import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.persistence.TenantOwned;
import org.billingcenter.tenant.TenantDefinition.SettlementMethod;
import org.hibernate.envers.Audited;

/** A cloud marketplace account bound to a billing account: pending until staff confirm it; once ended it stays ended. */
@Entity
@Table(name = "cloud_account")
@Audited
class CloudAccount extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private SettlementMethod provider;

    @Column(name = "cloud_account_id", nullable = false, length = 80, updatable = false)
    private String cloudAccountId;

    @Column(name = "subscription_id", nullable = false, length = 120, updatable = false)
    private String subscriptionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CloudAccountStatus status;

    @Column(name = "bound_at", nullable = false, updatable = false)
    private Instant boundAt;

    @Column(name = "bound_by", nullable = false, length = 320, updatable = false)
    private String boundBy;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "abnormal_since")
    private Instant abnormalSince;

    @Column(name = "buffer_reminded_at")
    private Instant bufferRemindedAt;

    @Version
    private long version;

    protected CloudAccount() {
    }

    CloudAccount(long accountId, SettlementMethod provider, String cloudAccountId, String subscriptionId, String by, Instant at) {
        this.accountId = accountId;
        this.provider = provider;
        this.cloudAccountId = cloudAccountId;
        this.subscriptionId = subscriptionId;
        this.status = CloudAccountStatus.PENDING;
        this.boundBy = by;
        this.boundAt = at;
    }

    /** Staff checked the subscription with the marketplace: from now on it may settle workspaces. */
    void confirm() {
        requirePending();
        status = CloudAccountStatus.ACTIVE;
    }

    /** Staff found the subscription not to be the account's: it never settles anything. */
    void reject(Instant at) {
        requirePending();
        status = CloudAccountStatus.REJECTED;
        endedAt = at;
    }

    private void requirePending() {
        if (status != CloudAccountStatus.PENDING) {
            throw new BusinessRuleException("cloud.notPending");
        }
    }

    /** The marketplace reports the subscription abnormal: its buffer starts now. */
    void turnAbnormal(Instant at) {
        if (status != CloudAccountStatus.ACTIVE) {
            throw new BusinessRuleException("cloud.notActive");
        }
        status = CloudAccountStatus.ABNORMAL;
        abnormalSince = at;
        bufferRemindedAt = null;
    }

    /** The subscription is in order again within its buffer: nothing locks. */
    void recover() {
        if (status != CloudAccountStatus.ABNORMAL) {
            throw new BusinessRuleException("cloud.notAbnormal");
        }
        status = CloudAccountStatus.ACTIVE;
        abnormalSince = null;
        bufferRemindedAt = null;
    }

    void reminded(Instant at) {
        bufferRemindedAt = at;
    }

    Instant getAbnormalSince() {
        return abnormalSince;
    }

    Instant getBufferRemindedAt() {
        return bufferRemindedAt;
    }

    String getCloudAccountId() {
        return cloudAccountId;
    }

    void end(CloudAccountStatus ended, Instant at) {
        if (ended != CloudAccountStatus.CLOSED && ended != CloudAccountStatus.EXPIRED) {
            throw new IllegalArgumentException("ending means CLOSED or EXPIRED");
        }
        if (!status.running() && status != CloudAccountStatus.PENDING) {
            throw new BusinessRuleException("cloud.alreadyEnded");
        }
        status = ended;
        endedAt = at;
    }

    CloudAccountDetails details() {
        return new CloudAccountDetails(id, provider, cloudAccountId, subscriptionId, status, boundAt);
    }

    CloudAccountReview review(boolean claimedElsewhere) {
        return new CloudAccountReview(id, accountId, provider, cloudAccountId, subscriptionId, boundBy, boundAt, claimedElsewhere);
    }

    String getSubscriptionId() {
        return subscriptionId;
    }

    CloudAccountStatus getStatus() {
        return status;
    }

    long getAccountId() {
        return accountId;
    }

    Long getId() {
        return id;
    }

    SettlementMethod getProvider() {
        return provider;
    }
}
