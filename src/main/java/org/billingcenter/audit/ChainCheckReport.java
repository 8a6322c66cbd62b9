package org.billingcenter.audit;

/**
 * A check of the history as the person who asked may see it. The tenant's staff see the tenant's
 * chain: where the check started, how far it got and what it found. An account's people see only
 * their account: how many of its changes are confirmed and whether one of them was altered,
 * never the tenant's counts or another account's changes.
 */
public record ChainCheckReport(boolean running, boolean failed, TenantChain tenant, AccountHistory account) {

    /** The whole chain, for staff: {@code outcome} is null while the check runs. */
    public record TenantChain(boolean full, long startedAfter, long hashed, long toHash, ChainVerification outcome) {
    }

    /**
     * One account's part, once the check is done: its changes up to where the chain is intact;
     * the altered change when it is one of the account's; otherwise, when the chain breaks
     * elsewhere, that its later changes cannot be confirmed yet.
     */
    public record AccountHistory(long changesConfirmed, Long alteredChange, ChainVerification.Problem problem,
            boolean laterUnconfirmed) {

        public boolean intact() {
            return alteredChange == null && !laterUnconfirmed;
        }
    }
}
