package org.billingcenter.bench;

import java.util.Arrays;
import java.util.Locale;

import org.billingcenter.security.PasswordHashing;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How many sign-ins a second the app manages against how many its cores could hash: one password
 * check timed alone (the app's own Argon2id settings, median of {@link #TIMED}, in this process on
 * the same cores), then {@code bench.signInBurst} people signing in at the same moment. A sign-in
 * limited only by its hash reaches cores × 1000 / ms per hash; the target is 80% of that.
 */
record SignInCapacity(double millisPerHash, int people, Burst.Result burst) {

    static final int BURST = Integer.getInteger("bench.signInBurst", 100);
    private static final int WARM = 10;
    private static final int TIMED = 21;

    interface Burst {
        Result signIn(int people) throws Exception;

        /** How many of the people were signed in, and how long it took until the last had an answer. */
        record Result(int signedIn, double seconds) {
        }
    }

    static SignInCapacity measure(Burst burst) throws Exception {
        double perHash = millisPerHashAlone();
        burst.signIn(BURST); // the first burst warms the sign-in path up
        return new SignInCapacity(perHash, BURST, burst.signIn(BURST));
    }

    static double millisPerHashAlone() {
        PasswordEncoder hashing = PasswordHashing.argon2id();
        String hash = hashing.encode("a passphrase of ordinary length");
        double[] millis = new double[TIMED];
        for (int i = -WARM; i < TIMED; i++) {
            long started = System.nanoTime();
            hashing.matches("a passphrase of ordinary length", hash);
            if (i >= 0) {
                millis[i] = (System.nanoTime() - started) / 1e6;
            }
        }
        Arrays.sort(millis);
        return millis[TIMED / 2];
    }

    void print() {
        int cores = Runtime.getRuntime().availableProcessors();
        double possible = cores * 1000 / millisPerHash;
        double reached = burst.signedIn() / burst.seconds();
        System.out.printf(Locale.ROOT, "%nSign-in capacity: one Argon2id check alone %.1f ms (median of %d); %d people signing in at once"
                + " (%d signed in) took %.2f s: %.1f sign-ins/s of %.1f possible on %d cores = %.0f%% (target 80%%)%n",
                millisPerHash, TIMED, people, burst.signedIn(), burst.seconds(), reached, possible, cores, 100 * reached / possible);
    }
}
