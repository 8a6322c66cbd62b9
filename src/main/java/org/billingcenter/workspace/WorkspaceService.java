package org.billingcenter.workspace;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;

import org.billingcenter.tenant.Feature;
import org.billingcenter.tenant.RequiresFeature;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.CurrentUser;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.tenant.TenantDefinition;
import org.billingcenter.tenant.TenantRegistry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Binding, renaming and unbinding an account's workspaces, their settlement method as dated
 * history, and the locks that arrears put on them.
 */
@Service
@Transactional
@Validated
public class WorkspaceService {

    private final WorkspaceRepository workspaces;
    private final WorkspaceSettlementRepository settlements;
    private final EntityManager entityManager;
    private final TenantRegistry tenants;
    private final Clock clock;

    WorkspaceService(WorkspaceRepository workspaces, WorkspaceSettlementRepository settlements, EntityManager entityManager,
            TenantRegistry tenants, Clock clock) {
        this.workspaces = workspaces;
        this.settlements = settlements;
        this.entityManager = entityManager;
        this.tenants = tenants;
        this.clock = clock;
    }

    @RequiresFeature(Feature.WORKSPACES)
    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE, Role.Names.MEMBER, Role.Names.AUDITOR})
    @Transactional(readOnly = true)
    public List<WorkspaceSummary> myWorkspaces() {
        return workspaces.findByAccountIdOrderByName(CurrentUser.requireAccountId()).stream().map(WorkspaceService::summary).toList();
    }

    @RequiresFeature(Feature.WORKSPACES)
    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR})
    public WorkspaceSummary bind(@Valid NewWorkspace request) {
        long accountId = CurrentUser.requireAccountId();
        TenantDefinition tenant = tenants.current();
        if (tenant.site(request.siteId()).isEmpty()) {
            throw new BusinessRuleException("workspace.unknownSite", request.siteId());
        }
        String name = request.name().strip();
        if (workspaces.existsByAccountIdAndNameAndStatus(accountId, name, WorkspaceStatus.ACTIVE)) {
            throw new BusinessRuleException("workspace.nameTaken", name);
        }
        return summary(workspaces.save(new Workspace(accountId, name, request.siteId(), request.retentionDays(), clock.instant())));
    }

    @RequiresFeature(Feature.WORKSPACES)
    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR})
    public WorkspaceSummary rename(long workspaceId, String newName) {
        Workspace workspace = mine(workspaceId);
        String name = newName == null ? "" : newName.strip();
        if (name.isEmpty() || name.length() > 120) {
            throw new BusinessRuleException("workspace.badName");
        }
        if (!name.equals(workspace.getName())
                && workspaces.existsByAccountIdAndNameAndStatus(workspace.getAccountId(), name, WorkspaceStatus.ACTIVE)) {
            throw new BusinessRuleException("workspace.nameTaken", name);
        }
        workspace.rename(name);
        return summary(workspace);
    }

    /** The workspace stops reporting; its usage, bills and history stay. */
    @RequiresFeature(Feature.WORKSPACES)
    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR})
    public WorkspaceSummary unbind(long workspaceId) {
        Workspace workspace = mine(workspaceId);
        workspace.unbind();
        return summary(workspace);
    }

    /** The settlement method in force on a day (the tenant's calendar day); WALLET unless a dated change says otherwise. */
    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE, Role.Names.MEMBER, Role.Names.AUDITOR,
            Role.Names.OPERATOR})
    @Transactional(readOnly = true)
    public Settlement settlementOn(long workspaceId, LocalDate day) {
        Workspace workspace = visible(workspaceId);
        return settlements.findFirstByWorkspaceIdAndEffectiveFromLessThanEqualOrderByEffectiveFromDesc(workspace.getId(), day)
                .map(WorkspaceSettlement::settlement).orElse(Settlement.WALLET);
    }

    /**
     * Records a settlement method from a day on. The once-a-month rule and cloud-account binding
     * belong to the cloud-account feature; here the change is only dated and audited.
     */
    @RolesAllowed(Role.Names.OPERATOR)
    public void changeSettlement(long workspaceId, Settlement settlement, LocalDate from) {
        Workspace workspace = workspaces.findById(workspaceId).orElseThrow(() -> new BusinessRuleException("workspace.notFound"));
        settlements.findByWorkspaceIdAndEffectiveFrom(workspaceId, from).ifPresentOrElse(existing -> existing.change(settlement),
                () -> settlements.save(new WorkspaceSettlement(workspaceId, workspace.getAccountId(), from, settlement, clock.instant())));
        unlockOnMove(workspace);
    }

    /**
     * Moving off a cloud account whose subscription ended lifts that lock, whatever the new
     * method. An arrears lock is not lifted by a move: only paying the arrears lifts it.
     */
    static void unlockOnMove(Workspace workspace) {
        if (workspace.isLocked() && Workspace.CLOUD_ENDED.equals(workspace.getLockReason())) {
            workspace.lock(false);
        }
    }

    /** Every workspace whose method on the day is not the wallet, with that method: what rating routes elsewhere. */
    @RolesAllowed(Role.Names.OPERATOR)
    @Transactional(readOnly = true)
    public Map<Long, Settlement> settlementsOn(LocalDate day) {
        Map<Long, Settlement> inForce = new LinkedHashMap<>();
        for (WorkspaceSettlement row : settlements.upTo(day)) {
            inForce.put(row.getWorkspaceId(), row.settlement());
        }
        inForce.values().removeIf(Settlement::byWallet);
        return inForce;
    }

    /** The tenant's workspaces by id (unknown ids are absent), for checking usage as it arrives. */
    @RolesAllowed(Role.Names.OPERATOR)
    @Transactional(readOnly = true)
    public Map<Long, WorkspaceSummary> find(Collection<Long> ids) {
        Map<Long, WorkspaceSummary> found = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            workspaces.findByIdIn(ids).forEach(workspace -> found.put(workspace.getId(), summary(workspace)));
        }
        return found;
    }

    /** Every workspace of the tenant, bound or not: rating reads them once per day. */
    @RolesAllowed(Role.Names.OPERATOR)
    @Transactional(readOnly = true)
    public List<WorkspaceSummary> all() {
        return entityManager.createQuery("select new org.billingcenter.workspace.WorkspaceSummary(w.id, w.accountId, w.name,"
                + " w.siteId, w.retentionDays, w.status, w.locked) from Workspace w order by w.id", WorkspaceSummary.class)
                .getResultList();
    }

    /** Locks (or unlocks) every workspace of an account that settles through the wallet today; returns how many changed. */
    @RolesAllowed(Role.Names.OPERATOR)
    public int lockAccount(long accountId, boolean lock) {
        LocalDate today = LocalDate.now(clock.withZone(tenants.current().timeZone()));
        Map<Long, Settlement> elsewhere = settlementsOn(today);
        int changed = 0;
        for (Workspace workspace : workspaces.findByAccountIdOrderByName(accountId)) {
            // Arrears lock what the wallet settles and lift only their own locks, not a lock for an ended cloud subscription.
            boolean applies = lock ? !elsewhere.containsKey(workspace.getId()) : !Workspace.CLOUD_ENDED.equals(workspace.getLockReason());
            if (applies && workspace.isLocked() != lock) {
                workspace.lock(lock);
                changed++;
            }
        }
        return changed;
    }

    private Workspace mine(long workspaceId) {
        long accountId = CurrentUser.requireAccountId();
        return workspaces.findById(workspaceId).filter(w -> w.getAccountId() == accountId)
                .orElseThrow(() -> new BusinessRuleException("workspace.notFound"));
    }

    /** Staff see every workspace of the tenant; an account's people only their own. */
    private Workspace visible(long workspaceId) {
        SignedInUser user = CurrentUser.require();
        return workspaces.findById(workspaceId)
                .filter(w -> user.accountId() == null ? user.has(Role.OPERATOR) : w.getAccountId() == user.accountId())
                .orElseThrow(() -> new BusinessRuleException("workspace.notFound"));
    }

    static WorkspaceSummary summary(Workspace w) {
        return new WorkspaceSummary(w.getId(), w.getAccountId(), w.getName(), w.getSiteId(), w.getRetentionDays(), w.getStatus(),
                w.isLocked());
    }
}
