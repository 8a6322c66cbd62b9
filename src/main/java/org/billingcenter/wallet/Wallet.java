package org.billingcenter.wallet;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.billingcenter.shared.money.Money;
import org.billingcenter.shared.persistence.TenantOwned;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A billing account's cash. The balance column is a cache of the journal, moved only through
 * {@link JournalWriter}; the entity never writes it back.
 */
@Entity
@Table(name = "wallet")
class Wallet extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(nullable = false, length = 3, updatable = false)
    private String currency;

    @Column(name = "cash_balance", nullable = false, precision = 19, scale = 4, updatable = false)
    private BigDecimal cashBalance = BigDecimal.ZERO;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Wallet() {
    }

    Wallet(long accountId, Currency currency, Instant createdAt) {
        this.accountId = accountId;
        this.currency = currency.getCurrencyCode();
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    long getAccountId() {
        return accountId;
    }

    Currency getCurrency() {
        return Currency.getInstance(currency);
    }

    Money cash() {
        return Money.of(cashBalance.stripTrailingZeros(), getCurrency());
    }
}
