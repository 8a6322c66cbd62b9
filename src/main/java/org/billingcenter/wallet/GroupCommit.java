package org.billingcenter.wallet;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;

import org.billingcenter.shared.tenancy.TenantContext;
import org.billingcenter.wallet.Commands.Submitted;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Lets the money commands of many callers share one database transaction. A commit, a lock and
 * each statement cost the database about the same for one command as for fifty, so commands that
 * arrive together are applied together, in a {@link Lane} per kind of command and tenant.
 *
 * <p>The transaction rule, for queued and bulk commands alike ({@link #inTransactions}): a batch is
 * one transaction; a command refused by a business rule leaves the rest of its batch alone; a batch
 * that fails as a whole (a deadlock, a lost connection) is run again command by command, each in a
 * transaction of its own, unless the database is gone. A caller already inside a transaction has
 * its command applied right there, so it commits or rolls back with the caller's own work. An
 * Envers revision a batch writes is one per transaction and names the leader; each journal posting
 * names the command's own submitter ({@link Commands}).
 */
@Component
class GroupCommit {

    /** Applies a batch of commands inside one transaction, giving each its own outcome, in order. */
    @FunctionalInterface
    interface Batch<C, R> {
        List<Outcome<R>> apply(Commands<C> commands);
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

    /** Queues one command in the tenant's lane {@code lane} and returns its result once its batch has committed. */
    <C, R> R submit(String lane, Batch<C, R> batch, C command) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return batch.apply(Commands.ofCaller(List.of(command))).getFirst().get();
        }
        String tenant = TenantContext.require();
        @SuppressWarnings("unchecked")
        Lane<Submitted<C>, R> queue = (Lane<Submitted<C>, R>) lanes.computeIfAbsent(lane + '@' + tenant, name -> {
            DistributionSummary sizes = DistributionSummary.builder("wallet.batch.size")
                    .description("Money commands committed together").tag("lane", lane).register(meters);
            return new Lane<Submitted<C>, R>(settings.leaders(lane), settings.maxBatch(), taken -> {
                List<Outcome<R>> outcomes = TenantContext.callAs(tenant, () -> inTransactions(batch, taken));
                sizes.record(taken.size());
                return outcomes;
            });
        });
        return queue.submit(Submitted.byCaller(command));
    }

    /**
     * Applies a long list of commands from one caller in batches of {@code chunk}, each under the
     * transaction rule, for bulk work (the daily charge run) that has no other callers to wait for.
     * When the database itself is gone the failure goes to the caller, whose run stops and resumes
     * later (committed commands replay by key).
     */
    <C, R> List<Outcome<R>> applyAll(Batch<C, R> batch, List<C> commands, int chunk) {
        List<Outcome<R>> outcomes = new ArrayList<>(commands.size());
        for (int start = 0; start < commands.size(); start += chunk) {
            List<Outcome<R>> part = inTransactions(batch,
                    commands.subList(start, Math.min(commands.size(), start + chunk)).stream().map(Submitted::byCaller).toList());
            part.stream().map(Outcome::failure).filter(DatabaseFailures::isLostDatabase).findFirst().ifPresent(lost -> {
                throw lost;
            });
            outcomes.addAll(part);
        }
        return outcomes;
    }

    /** The transaction rule (see above): one transaction for the batch, else one per command; never throws. */
    private <C, R> List<Outcome<R>> inTransactions(Batch<C, R> batch, List<Submitted<C>> commands) {
        try {
            return transaction.execute(status -> batch.apply(Commands.of(commands)));
        } catch (RuntimeException e) {
            if (commands.size() == 1 || DatabaseFailures.isLostDatabase(e)) {
                return commands.stream().map(command -> Outcome.<R>failed(e)).toList();
            }
            List<Outcome<R>> alone = new ArrayList<>(commands.size());
            commands.forEach(command -> alone.add(inTransactions(batch, List.of(command)).getFirst()));
            return alone;
        }
    }
}
