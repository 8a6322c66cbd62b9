package org.billingcenter.enterprise;

/** A contract as the tenant's staff list it: with the customer account it belongs to. */
public record ContractOverview(ContractSummary contract, long accountId, String accountName) {
}
