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
import org.hibernate.type.SqlTypes;

/** An activation code for an ordinary voucher: redeemable once, by one account, until a deadline. */
@Entity
@Table(name = "voucher_code")
@Audited
class VoucherCode extends TenantOwned {

    enum Status { AVAILABLE, REDEEMED, VOID }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 40, updatable = false)
    private String code;

    @Column(nullable = false, length = 40, updatable = false)
    private String batch;

    @Column(name = "face_value", nullable = false, precision = 19, scale = 4, updatable = false)
    private BigDecimal faceValue;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(nullable = false, length = 3, updatable = false)
    private String currency;

    /** How long the voucher lasts once redeemed. */
    @Column(name = "validity_days", nullable = false, updatable = false)
    private int validityDays;

    @Column(name = "redeem_by", nullable = false, updatable = false)
    private Instant redeemBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.AVAILABLE;

    @Column(name = "redeemed_account_id")
    private Long redeemedAccountId;

    @Column(name = "redeemed_at")
    private Instant redeemedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected VoucherCode() {
    }

    VoucherCode(String code, String batch, Money faceValue, int validityDays, Instant redeemBy, Instant createdAt) {
        this.code = code;
        this.batch = batch;
        this.faceValue = faceValue.amount();
        this.currency = faceValue.currency().getCurrencyCode();
        this.validityDays = validityDays;
        this.redeemBy = redeemBy;
        this.createdAt = createdAt;
    }

    String getCode() {
        return code;
    }

    String getBatch() {
        return batch;
    }

    Money faceValue() {
        return Money.of(faceValue.stripTrailingZeros(), Currency.getInstance(currency));
    }

    int getValidityDays() {
        return validityDays;
    }

    Instant getRedeemBy() {
        return redeemBy;
    }

    Status getStatus() {
        return status;
    }

    void redeemedBy(long accountId, Instant at) {
        this.status = Status.REDEEMED;
        this.redeemedAccountId = accountId;
        this.redeemedAt = at;
    }
}
