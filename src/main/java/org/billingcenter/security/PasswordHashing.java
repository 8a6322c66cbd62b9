package org.billingcenter.security;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How passwords are hashed: Argon2id at OWASP's minimum (19 MiB, two passes, one lane). Spring's
 * own defaults use 16 MiB, below that minimum. Hashes written with other settings carry them and
 * still verify. Public so that the load benchmark can time one hash alone with the same settings.
 */
public final class PasswordHashing {

    static final int MEMORY_KIB = 19 * 1024;
    static final int PASSES = 2;
    static final int LANES = 1;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;

    private PasswordHashing() {
    }

    /** A new Argon2id encoder with the settings above (stateless; hashes as many at once as it is called). */
    public static PasswordEncoder argon2id() {
        return new Argon2PasswordEncoder(SALT_BYTES, HASH_BYTES, LANES, MEMORY_KIB, PASSES);
    }
}
