package org.billingcenter.billing;

import java.util.List;

import org.billingcenter.shared.identity.SystemIdentity;
import org.billingcenter.shared.persistence.AfterCommit;
import org.billingcenter.shared.persistence.RoundTrip;
import org.billingcenter.shared.persistence.RoundTrips;
import org.billingcenter.shared.tenancy.TenantContext;
import org.billingcenter.wallet.RechargeFollowUp;
import org.billingcenter.wallet.WalletRecharged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A recharge pays arrears first (the wallet's cash balance does that by itself); once the balance
 * is no longer negative the account's arrears cases close and its workspaces are unlocked, after
 * the recharge commits, as the tenant's system operator, whoever recharged. Which of the recharged
 * accounts have a case is read inside the recharge's own transaction (it nearly always finds
 * none): for a batch of payments, in the same request as the batch's writes; for a single
 * recharge, just before it commits. A read after the commit would need a connection and a
 * transaction of its own.
 */
@Component
class ArrearsPayOff implements RechargeFollowUp {

    private final ArrearsCases cases;
    private final RoundTrips roundTrips;
    private final TransactionTemplate ownTransaction;

    ArrearsPayOff(ArrearsCases cases, RoundTrips roundTrips, PlatformTransactionManager transactions) {
        this.cases = cases;
        this.roundTrips = roundTrips;
        this.ownTransaction = new TransactionTemplate(transactions);
        // The recharge's transaction has committed by then; clearing needs one of its own.
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void onRecharged(WalletRecharged recharged) {
        RoundTrip read = roundTrips.start();
        alongWith(List.of(recharged), read);
        read.send();
    }

    @Override
    public void alongWith(List<WalletRecharged> recharges, RoundTrip writes) {
        String tenant = TenantContext.require();
        // Whether a case is settled is decided on the balance as committed, when it is cleared.
        cases.withOpenCase(recharges.stream().map(WalletRecharged::accountId).distinct().toList(), writes,
                account -> AfterCommit.run(() -> SystemIdentity.runAsOperator(tenant,
                        () -> ownTransaction.executeWithoutResult(status -> cases.clearIfSettled(account)))));
    }
}
