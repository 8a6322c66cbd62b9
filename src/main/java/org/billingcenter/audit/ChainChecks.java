package org.billingcenter.audit;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;

import org.billingcenter.shared.cluster.ExclusiveRun;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs checks of the chain in the background, one at a time per tenant: whoever asks while one
 * runs on this node follows that one. Each check holds the tenant's check lock in the cluster, so
 * a check asked for on another node waits for it and then finds little left to hash.
 */
@Component
class ChainChecks {

    private static final Logger log = LoggerFactory.getLogger(ChainChecks.class);
    /** A full check of a large tenant takes minutes; one waiting longer than this for another node's check gives up. */
    private static final Duration WAIT_FOR_OTHER_NODE = Duration.ofMinutes(30);

    private final AuditChain sealer;
    private final ChainVerifier verifier;
    private final ExclusiveRun exclusive;
    private final ConcurrentMap<String, ChainCheckRun> latest = new ConcurrentHashMap<>();
    private final ExecutorService background = Executors.newFixedThreadPool(2, task -> {
        Thread thread = new Thread(task, "audit-chain-check");
        thread.setDaemon(true);
        return thread;
    });

    ChainChecks(AuditChain sealer, ChainVerifier verifier, ExclusiveRun exclusive) {
        this.sealer = sealer;
        this.verifier = verifier;
        this.exclusive = exclusive;
    }

    /** The tenant's check under way, or a new one started (full: from the first revision). */
    ChainCheckRun start(String tenant, boolean full) {
        return latest.compute(tenant, (key, last) -> last != null && last.running() ? last : launch(tenant, full));
    }

    /** The tenant's latest check on this node, running or done. */
    Optional<ChainCheckRun> latest(String tenant) {
        return Optional.ofNullable(latest.get(tenant));
    }

    static String lockOf(String tenant) {
        return "audit-chain-check:" + tenant;
    }

    private ChainCheckRun launch(String tenant, boolean full) {
        ChainCheckRun run = new ChainCheckRun(full);
        CompletableFuture.supplyAsync(() -> exclusive.whenFree(lockOf(tenant), WAIT_FOR_OTHER_NODE, () -> {
            // Sealed first, so the check covers the latest changes too.
            sealer.sealPending(tenant);
            return verifier.verify(tenant, full, run);
        }).orElseThrow(() -> new IllegalStateException("Another node held the audit check of " + tenant + " too long")), background)
                .whenComplete((outcome, failure) -> {
                    if (failure != null) {
                        log.error("Checking the audit chain of tenant {} failed", tenant, failure);
                        run.outcome().completeExceptionally(failure);
                    } else {
                        if (!outcome.verification().intact()) {
                            log.error("The audit chain of tenant {} is broken: {}", tenant, outcome.verification());
                        }
                        run.outcome().complete(outcome);
                    }
                });
        return run;
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }
}
