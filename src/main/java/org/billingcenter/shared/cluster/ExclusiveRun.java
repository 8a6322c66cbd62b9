package org.billingcenter.shared.cluster;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs work that must not run twice at once anywhere in the cluster, under a named lock that
 * scheduled jobs and staff share (see {@link ClusterLocks}). Work done on the lock holder's thread
 * that takes the same lock again runs at once. The lock only keeps runs apart: the work itself
 * must find what is done and do nothing more, so a run that follows a finished one changes nothing.
 */
@Component
public class ExclusiveRun {

    private static final Duration POLL = Duration.ofMillis(250);

    private final LockingTaskExecutor executor;
    /** Long enough to outlive a pause of the holder; kept alive while the work goes on. */
    private final Duration heldAtMost;

    ExclusiveRun(LockProvider locks, @Value("${billing.cluster.lock-held-at-most:PT5M}") Duration heldAtMost) {
        this.executor = new DefaultLockingTaskExecutor(locks);
        this.heldAtMost = heldAtMost;
    }

    /** Runs the work when no node holds the lock; empty, without running it, when one does. */
    public <T> Optional<T> ifFree(String lock, Supplier<T> work) {
        try {
            LockingTaskExecutor.TaskResult<T> result = executor.executeWithLock(work::get,
                    new LockConfiguration(ClockProvider.now(), lock, heldAtMost, Duration.ZERO));
            return result.wasExecuted() ? Optional.ofNullable(result.getResult()) : Optional.empty();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits up to {@code patience} for the lock, then runs the work; empty when the lock stayed
     * taken all that time.
     */
    public <T> Optional<T> whenFree(String lock, Duration patience, Supplier<T> work) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            Optional<Ran<T>> ran = ifFree(lock, () -> new Ran<>(work.get()));
            if (ran.isPresent()) {
                return Optional.ofNullable(ran.get().value());
            }
            if (System.nanoTime() > deadline) {
                return Optional.empty();
            }
            try {
                Thread.sleep(POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }

    /** Tells "ran and returned null" from "did not run". */
    private record Ran<T>(T value) {
    }
}
