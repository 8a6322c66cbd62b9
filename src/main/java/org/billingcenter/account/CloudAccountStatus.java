package org.billingcenter.account;

/**
 * A bound cloud account is PENDING until the tenant's staff check the marketplace subscription:
 * then ACTIVE (it may settle workspaces) or REJECTED. An ACTIVE one stays so until the holder
 * closes it or the marketplace lets it expire. One the marketplace reports ABNORMAL still settles
 * its workspaces for a 14-day buffer: back to ACTIVE if it recovers, EXPIRED when the buffer ends.
 */
public enum CloudAccountStatus {
    PENDING, ACTIVE, ABNORMAL, REJECTED, CLOSED, EXPIRED;

    /** Confirmed and not ended: the subscription still bills the workspaces settled on it. */
    public boolean running() {
        return this == ACTIVE || this == ABNORMAL;
    }
}
