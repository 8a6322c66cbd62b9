package org.billingcenter.workspace;

import java.util.List;

import org.billingcenter.audit.AuditedType;
import org.billingcenter.audit.HistorySource;
import org.springframework.stereotype.Component;

/** Workspaces and their settlement methods in the change history, each tied to its account. */
@Component
class WorkspaceHistory implements HistorySource {

    @Override
    public List<AuditedType> auditedTypes() {
        return List.of(
                new AuditedType("Workspace", Workspace.class, "accountId"),
                new AuditedType("WorkspaceSettlement", WorkspaceSettlement.class, "accountId"));
    }
}
