package org.billingcenter.audit;

/**
 * The outcome of checking a tenant's audit hash chain: up to which position (counted from the
 * first revision) it is intact, and, if the chain is broken, the first revision where it breaks
 * and why.
 */
public record ChainVerification(long checked, Long brokenAtRevision, Long brokenAtPosition, Problem problem) {

    public enum Problem {
        /** The revision's rows or details differ from what was sealed. */
        CONTENT_CHANGED,
        /** A revision is missing from the chain (deleted), or the chain was reordered. */
        LINK_MISSING,
        /** The chain ends before the position its head records: revisions were cut off. */
        TAIL_MISSING,
        /** The revision an earlier check ended on no longer carries the seal it had: a full check finds where the chain was rewritten. */
        REWRITTEN
    }

    public boolean intact() {
        return problem == null;
    }

    static ChainVerification intact(long checked) {
        return new ChainVerification(checked, null, null, null);
    }
}
