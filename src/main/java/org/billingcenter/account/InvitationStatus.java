package org.billingcenter.account;

/** EXPIRED is never stored: a pending invitation past its expiry is shown as expired. */
public enum InvitationStatus { PENDING, ACCEPTED, REVOKED, EXPIRED }
