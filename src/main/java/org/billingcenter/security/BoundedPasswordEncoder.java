package org.billingcenter.security;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Lets only so many password hashes be computed at once, the rest wait their turn. Argon2id is
 * built to cost time and memory (19 MiB and some tens of milliseconds of one core per hash): a burst of
 * sign-ins hashed all at once shares the cores so that every one of them takes longer, and keeps
 * all their memory alive together, which the collector then copies and promotes as if it were
 * long-lived. In turn, each hash finishes in its own time and a burst cannot exhaust the heap.
 */
final class BoundedPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder hashing;
    private final Semaphore turns;

    BoundedPasswordEncoder(PasswordEncoder hashing, int atOnce) {
        if (atOnce < 1) {
            throw new IllegalArgumentException("At least one hash at a time, not " + atOnce);
        }
        this.hashing = hashing;
        this.turns = new Semaphore(atOnce, true);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return inTurn(() -> hashing.encode(rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return inTurn(() -> hashing.matches(rawPassword, encodedPassword));
    }

    private <T> T inTurn(Supplier<T> hash) {
        turns.acquireUninterruptibly();
        try {
            return hash.get();
        } finally {
            turns.release();
        }
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return hashing.upgradeEncoding(encodedPassword);
    }
}
