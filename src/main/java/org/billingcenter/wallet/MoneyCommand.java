package org.billingcenter.wallet;

import java.util.function.BiFunction;
import java.util.function.Function;

import org.billingcenter.audit.Provenance;

/**
 * One money command: it moves money on one account, once per idempotency key (a repeat with the
 * same parameters gets the first outcome back, with other parameters it is refused), decided on
 * that account's {@link Books} while its wallet is locked. {@link MoneyCommands} runs every kind,
 * many together or one alone.
 */
interface MoneyCommand<R extends MoneyCommand.Result> {

    /** What a command did, kept with its key (as {@link #stored}) to answer a repeat. */
    interface Result {
        String stored();
    }

    long accountId();

    /** The caller's key; null for a command whose repeat is stopped by what it changes (an order is decided once). */
    String idempotencyKey();

    /** The command's name: with {@link #parameters} its key's fingerprint. */
    String name();

    /** What a repeat under the same key must match. */
    Object[] parameters();

    /** True when the command may spend vouchers and cards: the books then hold the account's usable lots. */
    default boolean spendsLots() {
        return false;
    }

    /** Decides on the locked books, posting what it moves as {@code by}, the caller who submitted it. */
    R decide(Books books, Provenance by);

    /** The first outcome, read back from its key for a repeat. */
    R replayed(String stored);

    /**
     * A command of one kind made of its parts: {@code decision} decides on the locked books,
     * {@code replay} reads a first outcome back.
     */
    static <R extends Result> MoneyCommand<R> of(long accountId, String idempotencyKey, String name, Object[] parameters,
            BiFunction<Books, Provenance, R> decision, Function<String, R> replay) {
        return new Single<>(accountId, idempotencyKey, name, parameters, decision, replay);
    }

    /** See {@link #of}. */
    record Single<R extends Result>(long accountId, String idempotencyKey, String name, Object[] parameters,
            BiFunction<Books, Provenance, R> decision, Function<String, R> replay) implements MoneyCommand<R> {

        @Override
        public R decide(Books books, Provenance by) {
            return decision.apply(books, by);
        }

        @Override
        public R replayed(String stored) {
            return replay.apply(stored);
        }
    }
}
