package org.billingcenter.wallet;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Queue;
import java.util.function.Function;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.LockSupport;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;

import org.billingcenter.audit.Provenance;
import org.billingcenter.shared.tenancy.TenantContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Lets the money commands of many callers share one database transaction. A commit, a lock and
 * each statement cost the database about the same for one command as for fifty, so commands that
 * arrive together are applied together: each caller queues its command; whoever finds a free
 * slot becomes the leader, takes what is queued (up to the configured maximum) and runs it as one
 * batch; the others wait for their own outcome. Each command still succeeds or fails on its own:
 * a command refused by a business rule leaves the rest of its batch alone, and if the batch as a
 * whole fails (a deadlock, a lost connection) every command of it is run again in a transaction of
 * its own.
 *
 * <p>A caller already inside a transaction has its command applied right there, so it commits or
 * rolls back with the caller's own work. Batches are per tenant. Each command is decided as the
 * caller who submitted it (see {@link Commands#decideEach}), so its journal posting names that
 * caller; an Envers revision the batch writes is one per transaction and names the leader.
 */
@Component
class GroupCommit {


    /** Applies a batch of commands inside one transaction, giving each its own outcome, in order. */
    @FunctionalInterface
    interface Batch<C, R> {
        List<Outcome<R>> apply(Commands<C> commands);
    }

    /** The commands of one batch, in order, each with who submitted it. */
    static final class Commands<C> extends AbstractList<C> {

        private static final ThreadLocal<Provenance> DECIDING_FOR = new ThreadLocal<>();

        private final List<C> commands;
        private final List<Provenance> submitters;

        private Commands(List<C> commands, List<Provenance> submitters) {
            this.commands = commands;
            this.submitters = submitters;
        }

        /** Commands submitted by the current caller, applied on its own thread. */
        static <C> Commands<C> ofCaller(List<C> commands) {
            return new Commands<>(commands, Collections.nCopies(commands.size(), Provenance.ofCaller()));
        }

        @Override
        public C get(int index) {
            return commands.get(index);
        }

        @Override
        public int size() {
            return commands.size();
        }

        /** Decides every command on its own, as the caller who submitted it. */
        <X> List<Outcome<X>> decideEach(Function<C, X> decision) {
            List<Outcome<X>> outcomes = new ArrayList<>(commands.size());
            for (int i = 0; i < commands.size(); i++) {
                C command = commands.get(i);
                DECIDING_FOR.set(submitters.get(i));
                try {
                    outcomes.add(Outcome.of(() -> decision.apply(command)));
                } finally {
                    DECIDING_FOR.remove();
                }
            }
            return outcomes;
        }

        /** Who the money command being decided on this thread is for: its submitter inside a batch, else the caller. */
        static Provenance submitter() {
            Provenance deciding = DECIDING_FOR.get();
            return deciding != null ? deciding : Provenance.ofCaller();
        }
    }

    /** What became of one command: its result, or the exception that refused it. */
    record Outcome<R>(R result, RuntimeException failure) {

        static <R> Outcome<R> of(java.util.function.Supplier<R> work) {
            try {
                return new Outcome<>(work.get(), null);
            } catch (RuntimeException e) {
                return new Outcome<>(null, e);
            }
        }

        R get() {
            if (failure != null) {
                throw failure;
            }
            return result;
        }
    }

    private final TransactionTemplate transaction;
    private final MeterRegistry meters;
    private final GroupCommitProperties settings;
    private final ConcurrentMap<String, Lane<?, ?>> lanes = new ConcurrentHashMap<>();

    GroupCommit(PlatformTransactionManager transactions, MeterRegistry meters, GroupCommitProperties settings) {
        this.transaction = new TransactionTemplate(transactions);
        this.meters = meters;
        this.settings = settings;
    }

    /** Batches of the kind {@code lane} that may be in flight at once on this node. */
    int leaders(String lane) {
        return settings.leaders(lane);
    }

    <C, R> R submit(String lane, Batch<C, R> batch, C command) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return batch.apply(Commands.ofCaller(List.of(command))).getFirst().get();
        }
        String tenant = TenantContext.require();
        @SuppressWarnings("unchecked")
        Lane<C, R> queue = (Lane<C, R>) lanes.computeIfAbsent(lane + '@' + tenant, name -> new Lane<>(tenant, batch, settings.leaders(lane),
                DistributionSummary.builder("wallet.batch.size").description("Money commands committed together")
                        .tag("lane", lane).register(meters)));
        return queue.submit(command);
    }

    /**
     * Applies a long list of commands from one caller in batches of {@code chunk}, each batch in a
     * transaction of its own, with the same fallback as queued batches: a batch that fails as a
     * whole is run again command by command. For bulk work (the daily charge run) that has no
     * other callers to wait for. When the database itself is gone, nothing is retried: the failure
     * goes to the caller, whose run stops and resumes later (committed commands replay by key).
     */
    <C, R> List<Outcome<R>> applyAll(Batch<C, R> batch, List<C> commands, int chunk) {
        List<Outcome<R>> outcomes = new ArrayList<>(commands.size());
        for (int start = 0; start < commands.size(); start += chunk) {
            List<C> part = commands.subList(start, Math.min(commands.size(), start + chunk));
            try {
                outcomes.addAll(transaction.execute(status -> batch.apply(Commands.ofCaller(part))));
            } catch (RuntimeException e) {
                if (DatabaseFailures.isLostDatabase(e)) {
                    throw e;
                }
                for (C alone : part) {
                    try {
                        outcomes.add(transaction.execute(status -> batch.apply(Commands.ofCaller(List.of(alone)))).getFirst());
                    } catch (RuntimeException failure) {
                        outcomes.add(new Outcome<>(null, failure));
                    }
                }
            }
        }
        return outcomes;
    }

    private final class Lane<C, R> {

        private final String tenant;
        private final Batch<C, R> batch;
        private final Queue<Waiting<C, R>> queue = new ConcurrentLinkedQueue<>();
        private final Semaphore leaders;
        private final DistributionSummary sizes;

        Lane(String tenant, Batch<C, R> batch, int leaders, DistributionSummary sizes) {
            this.tenant = tenant;
            this.batch = batch;
            this.leaders = new Semaphore(leaders);
            this.sizes = sizes;
        }

        R submit(C command) {
            Waiting<C, R> own = new Waiting<>(command, Thread.currentThread());
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
                    // Woken when the command is done or a leader hands over (or, rarely, for no
                    // reason: the loop checks). Once queued, the command will run: wait for its
                    // outcome even if interrupted.
                    LockSupport.park(this);
                    interrupted |= Thread.interrupted();
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            return own.outcome().get();
        }

        /** Runs batches until the leader's own command is done; what arrives later is the next leader's. */
        private void lead(Waiting<C, R> own) {
            while (!own.isDone()) {
                List<Waiting<C, R>> taken = new ArrayList<>();
                for (Waiting<C, R> next; taken.size() < settings.maxBatch() && (next = queue.poll()) != null; ) {
                    next.take();
                    taken.add(next);
                }
                if (taken.isEmpty()) {
                    return;
                }
                run(taken);
            }
        }

        /** A leader leaving wakes the first queued caller to lead the next batch. */
        private void handOff() {
            Waiting<C, R> next = queue.peek();
            if (next != null) {
                LockSupport.unpark(next.caller());
            }
        }

        private void run(List<Waiting<C, R>> taken) {
            List<Outcome<R>> outcomes;
            try {
                outcomes = TenantContext.callAs(tenant,
                        () -> transaction.execute(status -> batch.apply(new Commands<>(
                                taken.stream().map(Waiting::command).toList(), taken.stream().map(Waiting::submitter).toList()))));
            } catch (RuntimeException e) {
                if (taken.size() == 1) {
                    taken.getFirst().complete(new Outcome<>(null, e));
                } else {
                    taken.forEach(alone -> run(List.of(alone)));
                }
                return;
            }
            sizes.record(taken.size());
            for (int i = 0; i < taken.size(); i++) {
                taken.get(i).complete(outcomes.get(i));
            }
        }
    }

    /** A queued command, the thread waiting for it, and its outcome once the batch has committed. */
    private static final class Waiting<C, R> {

        private final C command;
        private final Provenance submitter = Provenance.ofCaller();
        private final Thread caller;
        private volatile boolean taken;
        private volatile Outcome<R> outcome;

        Waiting(C command, Thread caller) {
            this.command = command;
            this.caller = caller;
        }

        C command() {
            return command;
        }

        Provenance submitter() {
            return submitter;
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
