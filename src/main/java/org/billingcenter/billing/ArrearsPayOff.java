package org.billingcenter.billing;

import java.util.List;

import org.billingcenter.shared.identity.SystemIdentity;
import org.billingcenter.shared.persistence.AfterCommit;
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
 * is no longer negative the account's arrears cases close and its workspaces are unlocked, after
 * the recharge commits, as the tenant's system operator, whoever recharged. Which accounts have a
 * case is read inside the recharge's own transaction, just before it commits (it nearly always
 * finds none): one statement on the connection the recharge already holds, where a read after the
 * commit would need a connection and a transaction of its own for every batch of payments.
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

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void onRecharged(WalletRecharged recharged) {
        if (!recharged.cashAfter().isNegative()) {
            clearCasesAfterCommit(List.of(recharged.accountId()));
        }
    }

    /** The same for recharges that commit together. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void onRecharged(WalletsRecharged recharged) {
        clearCasesAfterCommit(recharged.accountsOutOfArrears());
    }

    private void clearCasesAfterCommit(List<Long> accounts) {
        if (accounts.isEmpty()) {
            return;
        }
        String tenant = TenantContext.require();
        List<Long> withCase = SystemIdentity.callAsOperator(tenant, () -> cases.withOpenCase(accounts));
        if (withCase.isEmpty()) {
            return;
        }
        AfterCommit.run(() -> SystemIdentity.runAsOperator(tenant,
                () -> ownTransaction.executeWithoutResult(status -> withCase.forEach(cases::clearIfSettled))));
    }
}
