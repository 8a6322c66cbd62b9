package org.billingcenter.enterprise;

/** What the spend chart stacks by. */
public enum SpendGrouping {
    CONTRACT, PAYMENT_METHOD
}
