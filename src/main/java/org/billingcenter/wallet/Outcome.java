package org.billingcenter.wallet;

import java.util.function.Supplier;

/** What became of one money command: its result, or the exception that refused it. */
record Outcome<R>(R result, RuntimeException failure) {

    static <R> Outcome<R> of(Supplier<R> work) {
        try {
            return new Outcome<>(work.get(), null);
        } catch (RuntimeException e) {
            return failed(e);
        }
    }

    static <R> Outcome<R> failed(RuntimeException failure) {
        return new Outcome<>(null, failure);
    }

    /** The result, or the refusal thrown to the caller. */
    R get() {
        if (failure != null) {
            throw failure;
        }
        return result;
    }
}
