package org.billingcenter.workspace;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.billingcenter.account.CloudSubscriptionEnded;
import org.billingcenter.notification.Notifications;
import org.billingcenter.shared.i18n.Message;
import org.billingcenter.tenant.TenantRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A cloud subscription that closes or expires can no longer be billed: the workspaces settled on
 * it today are locked, as arrears lock wallet-settled ones, in the transaction that ended it.
 * Moving such a workspace to another method unlocks it.
 */
@Component
class CloudSubscriptionLocks {

    private final WorkspaceRepository workspaces;
    private final WorkspaceSettlementRepository settlements;
    private final Notifications notifications;
    private final TenantRegistry tenants;
    private final Clock clock;

    CloudSubscriptionLocks(WorkspaceRepository workspaces, WorkspaceSettlementRepository settlements, Notifications notifications,
            TenantRegistry tenants, Clock clock) {
        this.workspaces = workspaces;
        this.settlements = settlements;
        this.notifications = notifications;
        this.tenants = tenants;
        this.clock = clock;
    }

    private static boolean on(Settlement settlement, CloudSubscriptionEnded ended) {
        return settlement != null && !settlement.byWallet() && settlement.cloudAccountId() == ended.cloudAccountId();
    }

    @EventListener
    void on(CloudSubscriptionEnded ended) {
        LocalDate today = LocalDate.now(clock.withZone(tenants.current().timeZone()));
        Map<Long, Settlement> inForce = new java.util.HashMap<>();
        for (WorkspaceSettlement row : settlements.upTo(today)) {
            inForce.put(row.getWorkspaceId(), row.settlement());
        }
        int locked = 0;
        for (Workspace workspace : workspaces.findByAccountIdAndStatus(ended.accountId(), WorkspaceStatus.ACTIVE)) {
            // Today's method, or a change already chosen for tomorrow, that goes through the ended subscription.
            Settlement latest = settlements.findFirstByWorkspaceIdOrderByEffectiveFromDesc(workspace.getId())
                    .map(WorkspaceSettlement::settlement).orElse(null);
            if (on(inForce.get(workspace.getId()), ended) || on(latest, ended)) {
                workspace.lock(true, Workspace.CLOUD_ENDED);
                locked++;
            }
        }
        if (locked > 0) {
            notifications.notify(ended.accountId(), "WORKSPACES_LOCKED", Message.of("notice.cloudEnded.text", locked,
                    Message.label("cloud.provider." + ended.provider().name())));
        }
    }
}
