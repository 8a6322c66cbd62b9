package org.billingcenter.billing;

import java.math.BigDecimal;

import org.billingcenter.shared.error.BusinessRuleException;

/**
 * When an account wants to hear that its cash runs low: below a fixed amount, or below so many days
 * of the spend of the day just charged.
 */
public record BalanceAlert(Kind kind, BigDecimal threshold) {

    public enum Kind { AMOUNT, DAYS }

    /** Three days of spend: what an account gets until it chooses. */
    public static final BalanceAlert DEFAULT = new BalanceAlert(Kind.DAYS, BigDecimal.valueOf(3));

    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000");
    private static final int MAX_DAYS = 90;

    public BalanceAlert {
        if (kind == null || threshold == null) {
            throw new BusinessRuleException("alert.invalid");
        }
        if (kind == Kind.DAYS && (threshold.stripTrailingZeros().scale() > 0 || threshold.signum() <= 0
                || threshold.compareTo(BigDecimal.valueOf(MAX_DAYS)) > 0)) {
            throw new BusinessRuleException("alert.days", MAX_DAYS);
        }
        if (kind == Kind.AMOUNT && (threshold.signum() <= 0 || threshold.compareTo(MAX_AMOUNT) >= 0 || threshold.scale() > 4)) {
            throw new BusinessRuleException("alert.amount");
        }
    }

    /** The cash below which the account is warned, given what the day cost it. */
    BigDecimal level(BigDecimal daySpend) {
        return kind == Kind.AMOUNT ? threshold : daySpend.multiply(threshold);
    }
}
