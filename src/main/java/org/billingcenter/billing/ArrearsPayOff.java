package org.billingcenter.billing;

import java.util.List;

import org.billingcenter.shared.identity.SystemIdentity;
import org.billingcenter.shared.tenancy.TenantContext;
import org.billingcenter.wallet.WalletRecharged;
import org.billingcenter.wallet.WalletsRecharged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A recharge pays arrears first (the wallet's cash balance does that by itself); once the balance
 * is no longer negative the account's arrears cases close and its workspaces are unlocked. Runs
 * after the recharge commits, as the tenant's system operator, whoever recharged.
 */
@Component
class ArrearsPayOff {

    private final ArrearsCases cases;
    private final TransactionTemplate ownTransaction;

    ArrearsPayOff(ArrearsCases cases, PlatformTransactionManager transactions) {
        this.cases = cases;
        this.ownTransaction = new TransactionTemplate(transactions);
        // The recharge's transaction has committed; this work needs one of its own.
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onRecharged(WalletRecharged recharged) {
        if (!recharged.cashAfter().isNegative()) {
            clearCases(List.of(recharged.accountId()));
        }
    }

    /** The same for recharges that committed together. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onRecharged(WalletsRecharged recharged) {
        clearCases(recharged.accountsOutOfArrears());
    }

    /** Nearly always none has a case: one plain read, and a transaction only for the accounts that have one. */
    private void clearCases(List<Long> accounts) {
        if (accounts.isEmpty()) {
            return;
        }
        String tenant = TenantContext.require();
        List<Long> withCase = SystemIdentity.callAsOperator(tenant, () -> cases.withOpenCase(accounts));
        if (!withCase.isEmpty()) {
            SystemIdentity.runAsOperator(tenant, () -> ownTransaction.executeWithoutResult(status -> withCase.forEach(cases::clearIfSettled)));
        }
    }
}
