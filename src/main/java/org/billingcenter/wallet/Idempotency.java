package org.billingcenter.wallet;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.billingcenter.shared.error.BusinessRuleException;

/**
 * Makes a money-moving command safe to repeat: the first run records its outcome under the
 * caller's key; a repeat with the same parameters gets that outcome back without moving money, and
 * the same key with other parameters is refused. {@link Books#once} applies these rules under
 * the wallet lock, so two runs with one key cannot both be "first".
 */
final class Idempotency {

    static final int MAX_KEY_LENGTH = 100;

    private Idempotency() {
    }

    /** A key seen before: its first outcome if the parameters are the same, refused if not. */
    static String replay(String earlierFingerprint, String earlierOutcome, String fingerprint) {
        if (!earlierFingerprint.equals(fingerprint)) {
            throw new BusinessRuleException("idempotency.keyReused");
        }
        return earlierOutcome;
    }

    static void requireUsableKey(String key) {
        if (key == null || key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw new BusinessRuleException("idempotency.keyRequired");
        }
    }

    static String fingerprint(String command, Object[] parameters) {
        StringBuilder text = new StringBuilder(command);
        for (Object parameter : parameters) {
            text.append('\u001f').append(parameter);
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
