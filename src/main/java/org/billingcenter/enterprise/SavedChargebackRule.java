package org.billingcenter.enterprise;

/** A named shared-cost rule of the account. */
public record SavedChargebackRule(long id, String name, SharedCostRule rule) {
}
