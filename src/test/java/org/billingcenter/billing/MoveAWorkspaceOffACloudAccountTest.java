package org.billingcenter.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.billingcenter.account.CloudAccountDetails;
import org.billingcenter.account.CloudAccountService;
import org.billingcenter.account.SettlementFreedomService;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.i18n.Message;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.identity.SystemIdentity;
import org.billingcenter.tenant.TenantDefinition.SettlementMethod;
import org.billingcenter.workspace.Settlement;
import org.billingcenter.workspace.SettlementChoiceService;
import org.billingcenter.workspace.WorkspaceSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * A workspace settled on a cloud account moves to another method only after that subscription
 * ended, unless the tenant's staff let the account choose any method (with a reason, audited).
 */
class MoveAWorkspaceOffACloudAccountTest extends BillingFixture {

    @Autowired
    SettlementChoiceService choices;
    @Autowired
    CloudAccountService clouds;
    @Autowired
    SettlementFreedomService freedom;

    @Test
    void aWorkspaceOnARunningSubscriptionCannotGoBackToTheWalletUntilItEnds() {
        SignedInUser owner = newOwner(INTL);
        CloudAccountDetails aws = bindAws(owner);
        WorkspaceSummary oregon = workspace(owner, "us-west-1", null);
        as(owner, () -> choices.choose(oregon.id(), SettlementMethod.AWS, aws.id()));

        clock.set(Instant.parse("2026-12-10T10:00:00Z"));
        assertRule(() -> as(owner, () -> choices.choose(oregon.id(), SettlementMethod.BILLING_CENTER, null)),
                "workspace.settlement.cloudStillActive");

        SystemIdentity.runAs(owner, () -> clouds.close(aws.id()));
        LocalDate from = as(owner, () -> choices.choose(oregon.id(), SettlementMethod.BILLING_CENTER, null));
        assertThat(as(owner, () -> workspaces.settlementOn(oregon.id(), from))).isEqualTo(Settlement.WALLET);
    }

    @Test
    void staffLetOneAccountChooseAnyMethodAndTheHistorySaysWhy() {
        SignedInUser owner = newOwner(INTL);
        SignedInUser other = newOwner(INTL);
        CloudAccountDetails aws = bindAws(owner);
        WorkspaceSummary oregon = workspace(owner, "us-west-1", null);
        as(owner, () -> choices.choose(oregon.id(), SettlementMethod.AWS, aws.id()));
        clock.set(Instant.parse("2026-12-10T10:00:00Z"));

        assertThatThrownBy(() -> as(owner, () -> {
            freedom.allowAnyMethod(owner.accountId(), true, "myself");
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertRule(() -> SystemIdentity.runAsOperator(INTL, () -> freedom.allowAnyMethod(owner.accountId(), true, " ")),
                "settlementFreedom.reasonRequired");
        SystemIdentity.runAsOperator(INTL, () -> freedom.allowAnyMethod(owner.accountId(), true, "contract renegotiated"));

        assertThat(as(owner, () -> freedom.anyMethodAllowed())).isTrue();
        assertThat(as(other, () -> freedom.anyMethodAllowed())).isFalse();
        LocalDate from = as(owner, () -> choices.choose(oregon.id(), SettlementMethod.BILLING_CENTER, null));
        assertThat(as(owner, () -> workspaces.settlementOn(oregon.id(), from))).isEqualTo(Settlement.WALLET);
        assertThat(jdbc.queryForList("SELECT r.reason FROM billing_account_aud a JOIN audit_revision r ON r.id = a.rev"
                + " WHERE a.id = ? AND a.tenant_id = ? AND a.any_settlement_method = TRUE", String.class, owner.accountId(), INTL))
                .extracting(reason -> Message.render(reason, Locale.ENGLISH)).containsExactly("Any settlement method allowed: contract renegotiated");
    }

    @Test
    void staffOfAnotherTenantCannotFreeAnAccount() {
        SignedInUser owner = newOwner(INTL);
        assertRule(() -> SystemIdentity.runAsOperator(CN, () -> freedom.allowAnyMethod(owner.accountId(), true, "reason")),
                "settlementFreedom.noAccount");
        assertThat(as(owner, () -> freedom.anyMethodAllowed())).isFalse();
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
