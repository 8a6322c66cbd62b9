package org.billingcenter.workspace;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.billingcenter.tenant.Feature;
import org.billingcenter.tenant.RequiresFeature;
import org.billingcenter.account.CloudAccountDetails;
import org.billingcenter.account.CloudAccountService;
import org.billingcenter.account.SettlementFreedomService;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.CurrentUser;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.tenant.TenantDefinition;
import org.billingcenter.tenant.TenantDefinition.SettlementMethod;
import org.billingcenter.tenant.TenantRegistry;
import org.billingcenter.wallet.WalletService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account's Owner and Administrators choose how each workspace settles: among the methods
 * its tenant and site allow, a cloud method through one of the account's active cloud accounts.
 * One change per calendar month (tenant time zone); a change takes effect from the next day, so
 * a day already being used is rated on one method. A workspace settled on a cloud account
 * stays there until that account's subscription ended, unless the tenant's staff allowed the
 * account any method ({@link SettlementFreedomService}). An account in
 * arrears (cash below zero) cannot move a workspace off the wallet: the debt is paid first, so a
 * move is never a way to stop paying.
 */
@Service
@Transactional
@RequiresFeature(Feature.WORKSPACES)
public class SettlementChoiceService {

    private final WorkspaceRepository workspaces;
    private final WorkspaceSettlementRepository settlements;
    private final CloudAccountService cloudAccounts;
    private final WalletService wallet;
    private final SettlementFreedomService freedom;
    private final TenantRegistry tenants;
    private final Clock clock;

    SettlementChoiceService(WorkspaceRepository workspaces, WorkspaceSettlementRepository settlements, CloudAccountService cloudAccounts,
            WalletService wallet, SettlementFreedomService freedom, TenantRegistry tenants, Clock clock) {
        this.wallet = wallet;
        this.freedom = freedom;
        this.workspaces = workspaces;
        this.settlements = settlements;
        this.cloudAccounts = cloudAccounts;
        this.tenants = tenants;
        this.clock = clock;
    }

    /** What the workspace may settle through: the site's methods (all the tenant's when the site names none). */
    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR})
    @Transactional(readOnly = true)
    public List<SettlementOption> options(long workspaceId) {
        Workspace workspace = mine(workspaceId);
        List<SettlementMethod> allowed = allowedAt(tenants.current(), workspace.getSiteId());
        List<SettlementOption> options = new ArrayList<>();
        if (allowed.contains(SettlementMethod.BILLING_CENTER)) {
            options.add(new SettlementOption(SettlementMethod.BILLING_CENTER, null, null));
        }
        for (CloudAccountDetails cloud : cloudAccounts.active()) {
            if (allowed.contains(cloud.provider())) {
                options.add(new SettlementOption(cloud.provider(), cloud.id(), cloud.cloudAccountId()));
            }
        }
        return options;
    }

    /** The method the workspace will settle through from its latest change on (what the view shows as chosen). */
    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE, Role.Names.MEMBER, Role.Names.AUDITOR})
    @Transactional(readOnly = true)
    public Settlement chosen(long workspaceId) {
        return settlements.findFirstByWorkspaceIdOrderByEffectiveFromDesc(mine(workspaceId).getId())
                .map(WorkspaceSettlement::settlement).orElse(Settlement.WALLET);
    }

    /** Records the choice from tomorrow (tenant calendar) and returns that day; the change is audited with its actor. */
    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR})
    public LocalDate choose(long workspaceId, SettlementMethod method, Long cloudAccountId) {
        Workspace workspace = mine(workspaceId);
        if (workspace.getStatus() != WorkspaceStatus.ACTIVE) {
            throw new BusinessRuleException("workspace.settlement.unbound");
        }
        TenantDefinition tenant = tenants.current();
        if (method == null || !allowedAt(tenant, workspace.getSiteId()).contains(method)) {
            throw new BusinessRuleException("workspace.settlement.notOffered", method);
        }
        Settlement next = method == SettlementMethod.BILLING_CENTER ? Settlement.WALLET : cloud(method, cloudAccountId);
        Settlement current = settlements.findFirstByWorkspaceIdOrderByEffectiveFromDesc(workspaceId)
                .map(WorkspaceSettlement::settlement).orElse(Settlement.WALLET);
        if (current.equals(next)) {
            throw new BusinessRuleException("workspace.settlement.unchanged");
        }
        if (current.byWallet() && !next.byWallet() && wallet.overview().cash().isNegative()) {
            throw new BusinessRuleException("workspace.settlement.inArrears");
        }
        ZoneId zone = tenant.timeZone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        if (settlements.existsByWorkspaceIdAndCreatedAtGreaterThanEqual(workspaceId, today.withDayOfMonth(1).atStartOfDay(zone).toInstant())) {
            throw new BusinessRuleException("workspace.settlement.oncePerMonth");
        }
        if (!current.byWallet() && notEnded(current.cloudAccountId()) && !freedom.anyMethodAllowed()) {
            throw new BusinessRuleException("workspace.settlement.cloudStillActive");
        }
        LocalDate from = today.plusDays(1);
        settlements.save(new WorkspaceSettlement(workspaceId, workspace.getAccountId(), from, next, clock.instant()));
        WorkspaceService.unlockOnMove(workspace);
        return from;
    }

    private Settlement cloud(SettlementMethod method, Long cloudAccountId) {
        CloudAccountDetails cloud = cloudAccounts.active().stream().filter(c -> cloudAccountId != null && c.id() == cloudAccountId)
                .findFirst().orElseThrow(() -> new BusinessRuleException("workspace.settlement.noActiveCloudAccount", method));
        if (cloud.provider() != method) {
            throw new BusinessRuleException("workspace.settlement.noActiveCloudAccount", method);
        }
        return Settlement.cloudAccount(cloud.id(), method.name());
    }

    private boolean notEnded(Long cloudAccountId) {
        return cloudAccounts.notEnded().stream().anyMatch(c -> cloudAccountId != null && c.id() == cloudAccountId);
    }

    /** A site that lists no methods allows every method its tenant offers. */
    static List<SettlementMethod> allowedAt(TenantDefinition tenant, String siteId) {
        List<SettlementMethod> site = tenant.site(siteId).map(TenantDefinition.Site::settlementMethods).orElse(List.of());
        return site.isEmpty() ? tenant.settlementMethods() : site.stream().filter(tenant.settlementMethods()::contains).toList();
    }

    private Workspace mine(long workspaceId) {
        long accountId = CurrentUser.requireAccountId();
        return workspaces.findById(workspaceId).filter(w -> w.getAccountId() == accountId)
                .orElseThrow(() -> new BusinessRuleException("workspace.notFound"));
    }
}
