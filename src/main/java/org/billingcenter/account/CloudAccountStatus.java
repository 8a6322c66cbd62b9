package org.billingcenter.account;

/** A marketplace subscription is ACTIVE until the holder closes it or the marketplace lets it expire. */
public enum CloudAccountStatus { ACTIVE, CLOSED, EXPIRED }
