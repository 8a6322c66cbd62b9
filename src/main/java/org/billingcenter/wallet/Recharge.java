package org.billingcenter.wallet;

import java.time.Instant;

import org.billingcenter.shared.money.Money;
import org.billingcenter.tenant.TenantDefinition.RechargeMethod;

/** A recharge as the account holder and the operator see it. */
public record Recharge(long id, long accountId, RechargeMethod method, Money amount, RechargeStatus status,
        String payerName, String bankReference, String decisionNote, Instant createdAt, Instant completedAt) {

    /** What the payer quotes on the bank transfer of a remittance (none for online payments); see {@link RemittanceReference}. */
    public String remittanceReference() {
        return method == RechargeMethod.BANK_REMITTANCE ? RemittanceReference.of(id) : null;
    }

    static Recharge of(RechargeOrder order) {
        return new Recharge(order.getId(), order.getAccountId(), order.getMethod(), order.amount(), order.getStatus(),
                order.getPayerName(), order.getBankReference(), order.getDecisionNote(), order.getCreatedAt(),
                order.getCompletedAt());
    }
}
