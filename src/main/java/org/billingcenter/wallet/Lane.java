package org.billingcenter.wallet;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;

/**
 * The batching alone, knowing nothing of money or transactions: callers queue an item each;
 * whoever finds one of the {@code leaders} slots free leads, takes what is queued (up to
 * {@code maxBatch}) and hands it to {@code runBatch}, until its own item is done; the others
 * wait parked for their own outcome. {@code runBatch} gives one outcome per item, in order, and
 * never throws: an item whose outcome is a failure has it thrown to its own caller only.
 */
final class Lane<T, R> {

    private final Queue<Waiting<T, R>> queue = new ConcurrentLinkedQueue<>();
    private final Semaphore leaders;
    private final int maxBatch;
    private final Function<List<T>, List<Outcome<R>>> runBatch;

    Lane(int leaders, int maxBatch, Function<List<T>, List<Outcome<R>>> runBatch) {
        this.leaders = new Semaphore(leaders);
        this.maxBatch = maxBatch;
        this.runBatch = runBatch;
    }

    /** Queues {@code item} and returns its result once its batch is done (or throws what refused it). */
    R submit(T item) {
        Waiting<T, R> own = new Waiting<>(item, Thread.currentThread());
        queue.add(own);
        boolean interrupted = false;
        while (!own.isDone()) {
            if (!own.isTaken() && leaders.tryAcquire()) {
                try {
                    lead(own);
                } finally {
                    leaders.release();
                    handOff();
                }
            } else {
                // Woken when the item is done or a leader hands over (or, rarely, for no reason: the
                // loop checks). Once queued, the item will run: wait for its outcome even if interrupted.
                LockSupport.park(this);
                interrupted |= Thread.interrupted();
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return own.outcome().get();
    }

    /** Runs batches until the leader's own item is done; what arrives later is the next leader's. */
    private void lead(Waiting<T, R> own) {
        while (!own.isDone()) {
            List<Waiting<T, R>> taken = new ArrayList<>();
            for (Waiting<T, R> next; taken.size() < maxBatch && (next = queue.poll()) != null; ) {
                next.take();
                taken.add(next);
            }
            if (taken.isEmpty()) {
                return;
            }
            List<Outcome<R>> outcomes;
            try {
                outcomes = runBatch.apply(taken.stream().map(Waiting::item).toList());
            } catch (RuntimeException | Error e) {
                // Not expected of runBatch; still, no caller may wait for ever.
                RuntimeException failure = e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
                taken.forEach(waiting -> waiting.complete(Outcome.failed(failure)));
                continue;
            }
            for (int i = 0; i < taken.size(); i++) {
                taken.get(i).complete(outcomes.get(i));
            }
        }
    }

    /** A leader leaving wakes the first queued caller to lead the next batch. */
    private void handOff() {
        Waiting<T, R> next = queue.peek();
        if (next != null) {
            LockSupport.unpark(next.caller());
        }
    }

    /** A queued item, the thread waiting for it, and its outcome once its batch is done. */
    private static final class Waiting<T, R> {

        private final T item;
        private final Thread caller;
        private volatile boolean taken;
        private volatile Outcome<R> outcome;

        Waiting(T item, Thread caller) {
            this.item = item;
            this.caller = caller;
        }

        T item() {
            return item;
        }

        Thread caller() {
            return caller;
        }

        Outcome<R> outcome() {
            return outcome;
        }

        boolean isDone() {
            return outcome != null;
        }

        /** A leader has it in a batch: its caller only waits now. */
        boolean isTaken() {
            return taken;
        }

        void take() {
            taken = true;
        }

        void complete(Outcome<R> result) {
            outcome = result;
            LockSupport.unpark(caller);
        }
    }
}
