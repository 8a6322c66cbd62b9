package org.billingcenter.invoice;

/** requested → issued → mailed, or rejected with a reason (its documents become requestable again). */
public enum InvoiceStatus {
    REQUESTED, ISSUED, MAILED, REJECTED;

    public boolean active() {
        return this != REJECTED;
    }
}
