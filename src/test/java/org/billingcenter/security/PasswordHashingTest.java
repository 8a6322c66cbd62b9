package org.billingcenter.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class PasswordHashingTest {

    private final PasswordEncoder hashing = PasswordHashing.argon2id();

    @Test
    void storedHashesCarryOwaspMinimumSettings() {
        String hash = hashing.encode("correct horse battery staple");

        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(hashing.matches("correct horse battery staple", hash)).isTrue();
        assertThat(hashing.matches("correct horse battery stapler", hash)).isFalse();
    }

    @Test
    void passwordsHashedWithEarlierSettingsStillSignIn() {
        String earlier = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode("an older passphrase");

        assertThat(earlier).contains("m=16384,t=2,p=1");
        assertThat(hashing.matches("an older passphrase", earlier)).isTrue();
    }
}
