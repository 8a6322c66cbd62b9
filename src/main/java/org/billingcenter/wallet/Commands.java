package org.billingcenter.wallet;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiFunction;

import org.billingcenter.audit.Provenance;

/**
 * The money commands of one batch, in order, each with who submitted it: a batch is decided and
 * written by whichever caller leads it, but each command's journal posting names its own submitter.
 */
final class Commands<C> extends AbstractList<C> {

    /** A command and who submitted it, as it waits for its batch. */
    record Submitted<C>(C command, Provenance by) {

        /** {@code command}, submitted by the current caller. */
        static <C> Submitted<C> byCaller(C command) {
            return new Submitted<>(command, Provenance.ofCaller());
        }
    }

    private final List<C> commands;
    private final List<Provenance> submitters;

    private Commands(List<C> commands, List<Provenance> submitters) {
        this.commands = commands;
        this.submitters = submitters;
    }

    static <C> Commands<C> of(List<Submitted<C>> submitted) {
        return new Commands<>(submitted.stream().map(Submitted::command).toList(), submitted.stream().map(Submitted::by).toList());
    }

    /** Commands submitted by the current caller. */
    static <C> Commands<C> ofCaller(List<C> commands) {
        return new Commands<>(List.copyOf(commands), Collections.nCopies(commands.size(), Provenance.ofCaller()));
    }

    @Override
    public C get(int index) {
        return commands.get(index);
    }

    @Override
    public int size() {
        return commands.size();
    }

    /** Who submitted the command at {@code index}. */
    Provenance submitter(int index) {
        return submitters.get(index);
    }

    /** Decides every command on its own, given who submitted it; one refused leaves the others alone. */
    <X> List<Outcome<X>> decideEach(BiFunction<C, Provenance, X> decision) {
        List<Outcome<X>> outcomes = new ArrayList<>(commands.size());
        for (int i = 0; i < commands.size(); i++) {
            C command = commands.get(i);
            Provenance by = submitters.get(i);
            outcomes.add(Outcome.of(() -> decision.apply(command, by)));
        }
        return outcomes;
    }
}
