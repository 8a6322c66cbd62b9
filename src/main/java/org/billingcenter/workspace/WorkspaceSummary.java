package org.billingcenter.workspace;

/** A workspace as its account's people and the billing jobs see it. */
public record WorkspaceSummary(long id, long accountId, String name, String siteId, Integer retentionDays,
        WorkspaceStatus status, boolean locked) {

    public boolean acceptsUsage() {
        return status == WorkspaceStatus.ACTIVE && !locked;
    }
}
