package org.billingcenter.enterprise;

/** ACTIVE sites are billed; FROZEN ones are paused; SANDBOX ones are never billed; DEACTIVATED is final. */
public enum SiteStatus {
    ACTIVE, DEACTIVATED, FROZEN, SANDBOX
}
