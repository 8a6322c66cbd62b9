package org.billingcenter.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.billingcenter.account.CloudAccountDetails;
import org.billingcenter.account.CloudAccountService;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.identity.SystemIdentity;
import org.billingcenter.tenant.TenantDefinition.SettlementMethod;
import org.billingcenter.usage.IngestionResult;
import org.billingcenter.workspace.Settlement;
import org.billingcenter.workspace.SettlementChoiceService;
import org.billingcenter.workspace.WorkspaceSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Owner chooses each workspace's settlement method within what its site offers, once a month,
 * from the next day; workspaces of several sites merge into one cloud bill; an ended cloud
 * subscription locks its workspaces until they move elsewhere.
 */
class SettlementChoiceTest extends BillingFixture {

    @Autowired
    SettlementChoiceService choices;
    @Autowired
    CloudAccountService clouds;

    @Test
    void workspacesOfSeveralSitesSettleIntoOneCloudAccountOnceAMonthFromTheNextDay() {
        SignedInUser owner = newOwner(INTL);
        CloudAccountDetails aws = bindAws(owner);
        WorkspaceSummary oregon = workspace(owner, "us-west-1", null);
        WorkspaceSummary frankfurt = workspace(owner, "eu-central-1", null);
        WorkspaceSummary singapore = workspace(owner, "ap-southeast-1", null);

        assertThat(as(owner, () -> choices.options(singapore.id()))).extracting(o -> o.method()).containsExactly(SettlementMethod.BILLING_CENTER);
        assertRule(() -> as(owner, () -> choices.choose(singapore.id(), SettlementMethod.AWS, aws.id())), "workspace.settlement.notOffered");
        assertThat(as(owner, () -> choices.options(oregon.id()))).extracting(o -> o.method() + ":" + o.cloudAccountId())
                .containsExactly("BILLING_CENTER:null", "AWS:" + aws.id());

        // START is the evening of 2026-11-14 in Los Angeles: the change holds from the 15th.
        LocalDate from = as(owner, () -> choices.choose(oregon.id(), SettlementMethod.AWS, aws.id()));
        assertThat(from).isEqualTo(LocalDate.of(2026, 11, 15));
        as(owner, () -> choices.choose(frankfurt.id(), SettlementMethod.AWS, aws.id()));
        assertThat(as(owner, () -> workspaces.settlementOn(oregon.id(), LocalDate.of(2026, 11, 14)))).isEqualTo(Settlement.WALLET);
        assertThat(as(owner, () -> workspaces.settlementOn(oregon.id(), from))).isEqualTo(Settlement.cloudAccount(aws.id(), "AWS"));
        assertRule(() -> as(owner, () -> choices.choose(oregon.id(), SettlementMethod.BILLING_CENTER, null)),
                "workspace.settlement.oncePerMonth");
        assertThat(jdbc.queryForObject("SELECT r.actor FROM workspace_settlement_aud a JOIN audit_revision r ON r.id = a.rev"
                + " WHERE a.workspace_id = ? AND a.tenant_id = ?", String.class, oregon.id(), INTL)).isEqualTo(owner.email());

        clock.set(Instant.parse("2026-11-16T10:00:00Z"));
        send(INTL, record(oregon.id(), "LOGS", "2026-11-15T12:00:00Z", "1000000"),
                record(frankfurt.id(), "LOGS", "2026-11-15T13:00:00Z", "3000000"));
        SystemIdentity.runAsOperator(INTL, () -> rating.rate(LocalDate.of(2026, 11, 15)));
        List<CloudBillLine> bill = as(owner, () -> bills.cloudBill(aws.id(), YearMonth.of(2026, 11)));
        assertThat(bill).extracting(l -> l.workspaceId() + " " + l.siteId() + " " + l.itemCode() + " " + l.quantity().stripTrailingZeros()
                .toPlainString()).containsExactlyInAnyOrder(oregon.id() + " us-west-1 LOGS 1000000",
                        frankfurt.id() + " eu-central-1 LOGS 3000000");
    }

    @Test
    void anEndedCloudSubscriptionLocksItsWorkspacesUntilTheyMoveElsewhere() {
        SignedInUser owner = newOwner(INTL);
        CloudAccountDetails first = bindAws(owner);
        WorkspaceSummary oregon = workspace(owner, "us-west-1", null);
        WorkspaceSummary frankfurt = workspace(owner, "eu-central-1", null);
        as(owner, () -> choices.choose(oregon.id(), SettlementMethod.AWS, first.id()));
        as(owner, () -> choices.choose(frankfurt.id(), SettlementMethod.AWS, first.id()));

        clock.set(Instant.parse("2026-12-10T10:00:00Z"));
        CloudAccountDetails second = bindAws(owner);
        assertRule(() -> as(owner, () -> choices.choose(oregon.id(), SettlementMethod.AWS, second.id())),
                "workspace.settlement.cloudStillActive");

        SystemIdentity.runAs(owner, () -> clouds.close(first.id()));
        assertThat(locked(owner, oregon)).isTrue();
        assertThat(locked(owner, frankfurt)).isTrue();
        IngestionResult refused = send(INTL, record(oregon.id(), "LOGS", "2026-12-10T09:00:00Z", "10"));
        assertThat(refused.errors().getFirst().reason()).contains("is locked").contains("cloud subscription");

        // Back to the wallet, or on to another cloud account now that the first has ended: either unlocks.
        as(owner, () -> choices.choose(oregon.id(), SettlementMethod.BILLING_CENTER, null));
        as(owner, () -> choices.choose(frankfurt.id(), SettlementMethod.AWS, second.id()));
        assertThat(locked(owner, oregon)).isFalse();
        assertThat(locked(owner, frankfurt)).isFalse();
    }

    private boolean locked(SignedInUser owner, WorkspaceSummary workspace) {
        return as(owner, () -> workspaces.myWorkspaces()).stream().filter(w -> w.id() == workspace.id()).findFirst().orElseThrow().locked();
    }

    private CloudAccountDetails bindAws(SignedInUser owner) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        CloudAccountDetails bound = as(owner, () -> clouds.bind(SettlementMethod.AWS, "aws-" + id, "sub-" + id));
        SystemIdentity.runAsOperator(owner.tenantId(), () -> clouds.confirm(bound.id(), "subscription checked"));
        return bound;
    }

    private static void assertRule(Runnable call, String key) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
