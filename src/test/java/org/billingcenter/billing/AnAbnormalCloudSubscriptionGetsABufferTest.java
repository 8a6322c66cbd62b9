package org.billingcenter.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.billingcenter.account.CloudAccountDetails;
import org.billingcenter.account.CloudAccountService;
import org.billingcenter.account.CloudAccountStatus;
import org.billingcenter.account.CloudSubscriptionBuffer;
import org.billingcenter.notification.Notifications;
import org.billingcenter.notification.Outbox;
import org.billingcenter.notification.OutboxEntry;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.i18n.Message;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.identity.SystemIdentity;
import org.billingcenter.tenant.TenantDefinition.SettlementMethod;
import org.billingcenter.workspace.SettlementChoiceService;
import org.billingcenter.workspace.WorkspaceSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/**
 * A cloud subscription the marketplace reports abnormal keeps its workspaces running for 14 days,
 * with a notice in the portal and by e-mail at the start and three days before the end; then they
 * lock, unless the subscription recovered.
 */
class AnAbnormalCloudSubscriptionGetsABufferTest extends BillingFixture {

    @Autowired
    SettlementChoiceService choices;
    @Autowired
    CloudAccountService clouds;
    @Autowired
    CloudSubscriptionBuffer buffer;
    @Autowired
    Notifications notifications;
    @Autowired
    Outbox outbox;

    @Test
    void theWorkspacesLockOnlyWhenTheBufferEndsAndTheAccountIsToldBeforehand() {
        SignedInUser owner = newOwner(INTL);
        CloudAccountDetails aws = bindAws(owner);
        WorkspaceSummary oregon = workspace(owner, "us-west-1", null);
        as(owner, () -> choices.choose(oregon.id(), SettlementMethod.AWS, aws.id()));
        clock.set(Instant.parse("2026-12-02T10:00:00Z"));

        Instant locksAt = SystemIdentity.callAsOperator(INTL, () -> buffer.reportAbnormal(aws.id(), "marketplace: payment overdue"));
        assertThat(locksAt).isEqualTo(Instant.parse("2026-12-16T10:00:00Z"));
        assertThat(locked(owner, oregon)).isFalse();
        assertThat(as(owner, () -> clouds.mine())).singleElement().extracting(CloudAccountDetails::status)
                .isEqualTo(CloudAccountStatus.ABNORMAL);
        assertThat(noticesOf(owner)).anySatisfy(text -> assertThat(text).contains("abnormal").contains("Dec 16, 2026"));
        assertThat(mailTo(owner.email())).anySatisfy(mail -> assertThat(mail.body()).contains("abnormal").contains("Dec 16, 2026"));
        // Still running: the workspace cannot leave it meanwhile.
        assertThatThrownBy(() -> as(owner, () -> choices.choose(oregon.id(), SettlementMethod.BILLING_CENTER, null)))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("workspace.settlement.cloudStillActive"));

        clock.set(Instant.parse("2026-12-12T10:00:00Z"));
        assertThat(runBuffers()).isZero();
        assertThat(mailTo(owner.email())).noneSatisfy(mail -> assertThat(mail.subject()).contains("workspaces lock on"));

        clock.set(Instant.parse("2026-12-13T11:00:00Z"));
        assertThat(runBuffers()).isZero();
        runBuffers();
        assertThat(mailTo(owner.email())).filteredOn(mail -> mail.subject().contains("workspaces lock on Dec 16, 2026")).hasSize(1);
        assertThat(locked(owner, oregon)).isFalse();

        clock.set(Instant.parse("2026-12-16T10:00:00Z"));
        assertThat(runBuffers()).isEqualTo(1);
        assertThat(locked(owner, oregon)).isTrue();
        assertThat(as(owner, () -> clouds.mine())).singleElement().extracting(CloudAccountDetails::status)
                .isEqualTo(CloudAccountStatus.EXPIRED);
        assertThat(noticesOf(owner)).anySatisfy(text -> assertThat(text).contains("no longer accept data"));
        assertThat(mailTo(owner.email())).filteredOn(mail -> mail.subject().contains("are locked")).singleElement()
                .satisfies(mail -> assertThat(mail.body()).contains("stayed abnormal for 14 days", "no longer accept data"));
    }

    @Test
    void aSubscriptionThatRecoversWithinTheBufferLocksNothing() {
        SignedInUser owner = newOwner(INTL);
        CloudAccountDetails aws = bindAws(owner);
        WorkspaceSummary oregon = workspace(owner, "us-west-1", null);
        as(owner, () -> choices.choose(oregon.id(), SettlementMethod.AWS, aws.id()));

        SystemIdentity.runAsOperator(INTL, () -> buffer.reportAbnormal(aws.id(), "marketplace: suspended"));
        clock.advance(Duration.ofDays(5));
        SystemIdentity.runAsOperator(INTL, () -> buffer.recover(aws.id(), "marketplace: paid"));
        clock.advance(Duration.ofDays(20));

        assertThat(runBuffers()).isZero();
        assertThat(locked(owner, oregon)).isFalse();
        assertThat(as(owner, () -> clouds.active())).extracting(CloudAccountDetails::id).containsExactly(aws.id());
        assertThat(jdbc.queryForList("SELECT r.reason FROM cloud_account_aud a JOIN audit_revision r ON r.id = a.rev"
                + " WHERE a.id = ? AND a.tenant_id = ? ORDER BY a.rev", String.class, aws.id(), INTL))
                .extracting(reason -> Message.render(reason, Locale.ENGLISH)).contains("Cloud subscription abnormal: marketplace: suspended", "Cloud subscription in order again: marketplace: paid");
    }

    private int runBuffers() {
        return SystemIdentity.callAsOperator(INTL, buffer::runBuffers);
    }

    private List<String> noticesOf(SignedInUser owner) {
        return as(owner, () -> notifications.mine(Pageable.ofSize(20))).getContent().stream().map(notice -> notice.text(Locale.ENGLISH)).toList();
    }

    private List<OutboxEntry> mailTo(String recipient) {
        return as(newOperator(INTL), () -> outbox.recent(Pageable.ofSize(100)).getContent()).stream()
                .filter(e -> e.recipient().equals(recipient)).toList();
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
}
