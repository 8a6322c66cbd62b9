package org.billingcenter.wallet;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.function.Supplier;

import org.billingcenter.shared.error.BusinessRuleException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes a money-moving command safe to repeat: the first run records its outcome under the
 * caller's key; a repeat with the same parameters gets that outcome back without moving money, and
 * the same key with other parameters is refused. Callers hold the wallet lock, so two runs with
 * one key cannot both be "first".
 */
@Component
class Idempotency {

    static final int MAX_KEY_LENGTH = 100;

    private final IdempotencyRecordRepository records;
    private final Clock clock;

    Idempotency(IdempotencyRecordRepository records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    String once(Wallet lockedWallet, String key, String command, Object[] parameters, Supplier<String> work) {
        requireUsableKey(key);
        String fingerprint = fingerprint(command, parameters);
        var earlier = records.findByAccountIdAndKey(lockedWallet.getAccountId(), key);
        if (earlier.isPresent()) {
            return replay(earlier.get().getFingerprint(), earlier.get().getOutcome(), fingerprint);
        }
        String outcome = work.get();
        records.save(new IdempotencyRecord(lockedWallet.getAccountId(), key, command, fingerprint, outcome, clock.instant()));
        return outcome;
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
