package org.billingcenter.wallet;

import jakarta.annotation.security.RolesAllowed;

import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.CurrentUser;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.tenant.TenantDefinition.RechargeMethod;
import org.billingcenter.tenant.TenantRegistry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The printable instruction of a declared bank remittance, for the people of the account that
 * declared it only: another account's order, an online payment, or another tenant's order reads
 * as not found.
 */
@Service
public class RemittanceInstructions {

    private final RechargeOrderRepository orders;
    private final TenantRegistry tenants;

    RemittanceInstructions(RechargeOrderRepository orders, TenantRegistry tenants) {
        this.orders = orders;
        this.tenants = tenants;
    }

    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE, Role.Names.AUDITOR})
    @Transactional(readOnly = true)
    public RemittanceInstruction of(long orderId) {
        long account = CurrentUser.requireAccountId();
        RechargeOrder order = orders.findById(orderId)
                .filter(found -> found.getAccountId() == account && found.getMethod() == RechargeMethod.BANK_REMITTANCE)
                .orElseThrow(() -> new BusinessRuleException("recharge.notFound"));
        var payee = tenants.current().payeeAccount().orElseThrow(() -> new BusinessRuleException("recharge.methodNotOffered"));
        return new RemittanceInstruction(order.getId(), payee, order.amount(), RemittanceReference.of(order.getId()),
                order.getPayerName(), order.getStatus(), order.getCreatedAt());
    }
}
