package org.billingcenter.wallet;

import java.util.List;

import org.billingcenter.audit.AuditedType;
import org.billingcenter.audit.HistorySource;
import org.springframework.stereotype.Component;

/**
 * The wallet's audited records for the change history. A voucher code belongs to an account
 * from its redemption on; before that it is the tenant's, and only its staff see it.
 */
@Component
class WalletHistory implements HistorySource {

    @Override
    public List<AuditedType> auditedTypes() {
        return List.of(
                new AuditedType("FundingLot", FundingLot.class, "accountId"),
                new AuditedType("RechargeOrder", RechargeOrder.class, "accountId"),
                new AuditedType("VoucherCode", VoucherCode.class, "redeemedAccountId"));
    }
}
