package org.billingcenter.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.billingcenter.account.CloudAccountDetails;
import org.billingcenter.account.CloudAccountReview;
import org.billingcenter.account.CloudAccountService;
import org.billingcenter.account.CloudAccountStatus;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.identity.SystemIdentity;
import org.billingcenter.shared.money.Money;
import org.billingcenter.tenant.TenantDefinition.SettlementMethod;
import org.billingcenter.wallet.Charge;
import org.billingcenter.wallet.DeductionService;
import org.billingcenter.workspace.SettlementChoiceService;
import org.billingcenter.workspace.WorkspaceSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A customer in arrears, its workspaces locked, tries to escape the debt: it binds an invented
 * cloud account, moves a workspace onto it and expects to be unlocked. Someone else registers
 * another company's subscription id first, to block it.
 */
class StopPayingWithACloudAccountTest extends BillingFixture {

    @Autowired
    CloudAccountService clouds;
    @Autowired
    SettlementChoiceService choices;
    @Autowired
    DeductionService deduction;

    @Test
    void aCustomerInArrearsCannotMoveOffTheWalletOntoAnInventedCloudAccount() {
        SignedInUser owner = newOwner(INTL);
        long account = accountOf(owner).id();
        WorkspaceSummary oregon = workspace(owner, "us-west-1", null);
        inArrearsAndLocked(account);

        CloudAccountDetails invented = as(owner, () -> clouds.bind(SettlementMethod.AWS, "aws-made-up", "sub-" + key()));

        assertThat(invented.status()).isEqualTo(CloudAccountStatus.PENDING);
        assertRule(() -> as(owner, () -> choices.choose(oregon.id(), SettlementMethod.AWS, invented.id())),
                "workspace.settlement.noActiveCloudAccount");
        assertThat(locked(owner, oregon)).isTrue();

        // Even a subscription staff confirmed does not carry a workspace off the wallet while the debt is open.
        SystemIdentity.runAsOperator(INTL, () -> clouds.confirm(invented.id(), "seen at the AWS marketplace"));
        assertRule(() -> as(owner, () -> choices.choose(oregon.id(), SettlementMethod.AWS, invented.id())),
                "workspace.settlement.inArrears");
        assertThat(locked(owner, oregon)).isTrue();
        assertThat(send(INTL, record(oregon.id(), "LOGS", "2026-11-15T02:00:00Z", "1")).refused()).isTrue();
    }

    @Test
    void anArrearsLockIsNotLiftedByMovingTheWorkspace() {
        SignedInUser owner = newOwner(INTL);
        long account = accountOf(owner).id();
        WorkspaceSummary oregon = workspace(owner, "us-west-1", null);
        CloudAccountDetails aws = as(owner, () -> clouds.bind(SettlementMethod.AWS, "aws-" + key().substring(0, 8), "sub-" + key()));
        SystemIdentity.runAsOperator(INTL, () -> clouds.confirm(aws.id(), "subscription checked"));
        inArrearsAndLocked(account);

        SystemIdentity.runAsOperator(INTL, () -> workspaces.changeSettlement(oregon.id(),
                org.billingcenter.workspace.Settlement.cloudAccount(aws.id(), "AWS"), LocalDate.of(2026, 11, 16)));

        assertThat(locked(owner, oregon)).isTrue();
    }

    @Test
    void aSubscriptionIdAlreadyClaimedGoesToStaffReviewInsteadOfBlockingItsHolder() {
        SignedInUser squatter = newOwner(INTL);
        SignedInUser holder = newOwner(INTL);
        String subscription = "sub-" + UUID.randomUUID();
        CloudAccountDetails first = as(squatter, () -> clouds.bind(SettlementMethod.AWS, "aws-squat", subscription));

        CloudAccountDetails second = as(holder, () -> clouds.bind(SettlementMethod.AWS, "aws-real", subscription));

        List<CloudAccountReview> queue = SystemIdentity.callAsOperator(INTL, () -> clouds.awaitingReview());
        assertThat(queue).filteredOn(r -> r.subscriptionId().equals(subscription))
                .extracting(CloudAccountReview::id, CloudAccountReview::claimedElsewhere)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(first.id(), true), org.assertj.core.groups.Tuple.tuple(second.id(), true));
        SystemIdentity.runAsOperator(INTL, () -> clouds.reject(first.id(), "marketplace lists another company as holder"));
        SystemIdentity.runAsOperator(INTL, () -> clouds.confirm(second.id(), "marketplace lists this company as holder"));
        assertThat(as(holder, () -> clouds.active())).extracting(CloudAccountDetails::id).containsExactly(second.id());
        assertThat(as(squatter, () -> clouds.mine())).extracting(CloudAccountDetails::status).containsExactly(CloudAccountStatus.REJECTED);
        assertRule(() -> SystemIdentity.runAsOperator(INTL, () -> clouds.confirm(second.id(), "again")), "cloud.notPending");
    }

    @Test
    void aCustomerCannotConfirmTheirOwnCloudAccount() {
        SignedInUser owner = newOwner(INTL);
        CloudAccountDetails aws = as(owner, () -> clouds.bind(SettlementMethod.AWS, "aws-self", "sub-" + key()));
        assertThatThrownBy(() -> as(owner, () -> clouds.confirm(aws.id(), "trust me")))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(as(owner, () -> clouds.active())).isEmpty();
    }

    /** A charge with nothing to pay it leaves the account owing; the arrears countdown then locks its workspaces. */
    private void inArrearsAndLocked(long account) {
        SystemIdentity.runAsOperator(INTL, () -> deduction.chargeBatch(List.of(new Charge(account, Money.of("5.00", "USD"), "LOGS",
                "LOGS 2026-11-14", LocalDate.of(2026, 11, 14), key())), 10));
        SystemIdentity.runAsOperator(INTL, () -> workspaces.lockAccount(account, true));
    }

    private boolean locked(SignedInUser owner, WorkspaceSummary workspace) {
        return as(owner, () -> workspaces.myWorkspaces()).stream().filter(w -> w.id() == workspace.id()).findFirst().orElseThrow().locked();
    }

    private static void assertRule(Runnable call, String key) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
