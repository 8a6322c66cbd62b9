package org.billingcenter.wallet;

import java.time.Instant;

import org.billingcenter.shared.money.Money;
import org.billingcenter.tenant.BankRemittance;

/**
 * What a payer needs to send a declared remittance: the tenant's bank account, the amount, and the
 * reference to quote so the operator can match the transfer to this order.
 */
public record RemittanceInstruction(long orderId, BankRemittance payee, Money amount, String reference, String payerName,
        RechargeStatus status, Instant declaredAt) {
}
