package org.billingcenter.billing;

import org.billingcenter.shared.identity.SystemIdentity;
import org.billingcenter.shared.persistence.AfterCommit;
import org.billingcenter.shared.tenancy.TenantContext;
import org.billingcenter.wallet.WalletRecharged;
import org.billingcenter.wallet.WalletsRecharged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A recharge pays arrears first (the wallet's cash balance does that by itself); once the balance
 * is no longer negative the account's arrears cases close and its workspaces are unlocked, after
 * the recharge commits, as the tenant's system operator, whoever recharged. Which of the recharged
 * accounts have a case is read inside the recharge's own transaction (it nearly always finds
 * none), for a batch of payments in the same request as the batch's writes. A read after the
 * commit would need a connection and a transaction of its own.
 */
@Component
class ArrearsPayOff {

    private final ArrearsCases cases;
    private final TransactionTemplate ownTransaction;

    ArrearsPayOff(ArrearsCases cases, PlatformTransactionManager transactions) {
        this.cases = cases;
        this.ownTransaction = new TransactionTemplate(transactions);
        // The recharge's transaction has committed by then; clearing needs one of its own.
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @EventListener
    void onRecharged(WalletsRecharged recharged) {
        String tenant = TenantContext.require();
        // Whether a case is settled is decided on the balance as committed, when it is cleared.
        cases.withOpenCase(recharged.recharges().stream().map(WalletRecharged::accountId).distinct().toList(), recharged.writes(),
                account -> AfterCommit.run(() -> SystemIdentity.runAsOperator(tenant,
                        () -> ownTransaction.executeWithoutResult(status -> cases.clearIfSettled(account)))));
    }
}
