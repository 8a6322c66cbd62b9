package org.billingcenter.notification;

/** Where an e-mail stands: waiting (first try or a retry), sent, or given up after the last attempt. */
public enum OutboxStatus {
    PENDING, SENT, FAILED
}
