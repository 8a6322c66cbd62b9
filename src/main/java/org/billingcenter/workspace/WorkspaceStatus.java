package org.billingcenter.workspace;

/** ACTIVE workspaces report usage; UNBOUND ones are kept for their history and bills. */
public enum WorkspaceStatus {
    ACTIVE, UNBOUND
}
