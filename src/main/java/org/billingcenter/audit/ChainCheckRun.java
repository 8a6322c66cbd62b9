package org.billingcenter.audit;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One check of a tenant's chain under way or done, as everyone who asked meanwhile follows it:
 * where it started, how many revisions it has hashed out of how many, and what it found.
 */
final class ChainCheckRun {

    private final boolean full;
    private final AtomicLong hashed = new AtomicLong();
    private volatile long startedAfter;
    private volatile long toHash;
    private final CompletableFuture<ChainVerifier.Outcome> outcome = new CompletableFuture<>();

    ChainCheckRun(boolean full) {
        this.full = full;
    }

    void starting(long afterPosition, long revisionsToHash) {
        startedAfter = afterPosition;
        toHash = revisionsToHash;
    }

    void hashed() {
        hashed.incrementAndGet();
    }

    boolean full() {
        return full;
    }

    long startedAfter() {
        return startedAfter;
    }

    long hashedSoFar() {
        return hashed.get();
    }

    long toHash() {
        return toHash;
    }

    boolean running() {
        return !outcome.isDone();
    }

    /** Completes with what the check found, or exceptionally when it could not finish. */
    CompletableFuture<ChainVerifier.Outcome> outcome() {
        return outcome;
    }
}
