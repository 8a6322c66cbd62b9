package org.billingcenter.workspace;

/** Who pays a workspace's consumption: the account's wallet, or a cloud marketplace account. */
public enum SettlementKind {
    WALLET, CLOUD_ACCOUNT
}
