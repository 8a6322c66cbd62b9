package org.billingcenter.wallet;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.billingcenter.audit.Provenance;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.persistence.InTransaction;
import org.springframework.stereotype.Component;

/**
 * Runs {@link MoneyCommand}s, every kind the same way: a batch locks its accounts' wallets and
 * reads their keys (and lots) in one request, decides each command on the locked books, and
 * writes all they posted in another request. Commands that arrive together are queued into one
 * batch ({@link #submit}); a command of a caller already in a transaction is a batch of one, in
 * that transaction.
 */
@Component
class MoneyCommands {

    private final GroupCommit groupCommit;
    private final Bookkeeper bookkeeper;
    private final EntityManager entityManager;
    private final Clock clock;

    MoneyCommands(GroupCommit groupCommit, Bookkeeper bookkeeper, EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.groupCommit = groupCommit;
        this.bookkeeper = bookkeeper;
        this.clock = clock;
    }

    /** Queues {@code command} with those of its kind ({@code lane}) and returns its outcome once committed. */
    <C extends MoneyCommand<R>, R extends MoneyCommand.Result> R submit(String lane, C command) {
        return groupCommit.submit(lane, this::run, command);
    }

    /** One command alone, in the caller's transaction: a batch of one. */
    <C extends MoneyCommand<R>, R extends MoneyCommand.Result> R runHere(C command) {
        InTransaction.require();
        return run(Commands.ofCaller(List.of(command)), true).getFirst().get();
    }

    /** Runs a batch in the caller's transaction, each command with its own outcome, in order. */
    <C extends MoneyCommand<R>, R extends MoneyCommand.Result> List<Outcome<R>> run(Commands<C> commands) {
        return run(commands, false);
    }

    /**
     * {@code alone}: a single command, which may have saved entities (a new lot); they reach the
     * database before the plain-SQL writes move their balances. Batches save none, and skip the flush.
     */
    private <C extends MoneyCommand<R>, R extends MoneyCommand.Result> List<Outcome<R>> run(Commands<C> commands, boolean alone) {
        Map<Long, Books> books = bookkeeper.open(commands.stream().map(MoneyCommand::accountId).toList(),
                commands.stream().map(MoneyCommand::idempotencyKey).toList(),
                commands.stream().anyMatch(MoneyCommand::spendsLots), clock.instant());
        List<Outcome<R>> outcomes = commands.decideEach((command, by) -> decide(books, command, by));
        if (alone) {
            entityManager.flush();
        }
        bookkeeper.write(books.values());
        return outcomes;
    }

    private static <R extends MoneyCommand.Result> R decide(Map<Long, Books> books, MoneyCommand<R> command, Provenance by) {
        Books account = books.get(command.accountId());
        if (account == null) {
            throw new BusinessRuleException("wallet.notFound");
        }
        return account.once(command, by);
    }
}
