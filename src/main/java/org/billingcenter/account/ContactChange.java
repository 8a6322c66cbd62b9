package org.billingcenter.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.persistence.TenantOwned;

/**
 * A pending change of the sign-in e-mail or of the phone number. Both codes must be given
 * together: the one sent to the old contact proves it is the holder, the one sent to the new
 * that the contact is theirs. Only salted hashes are kept, the change lapses after a few
 * minutes, and a few wrong tries end it.
 */
@Entity
@Table(name = "contact_change")
class ContactChange extends TenantOwned {

    static final int MAX_ATTEMPTS = 5;
    static final Duration CODE_LIFETIME = Duration.ofMinutes(15);
    private static final SecureRandom RANDOM = new SecureRandom();

    enum Status { PENDING, DONE, FAILED, CANCELLED }

    /** What changes; the new value is kept in the column of its kind. */
    enum Kind { EMAIL, PHONE }

    /** A change just started, with the two codes to send (they are never kept in clear). */
    record Started(ContactChange change, String oldCode, String newCode) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private Kind kind;

    @Column(name = "new_email", length = 320, updatable = false)
    private String newEmail;

    @Column(name = "new_phone", length = 40, updatable = false)
    private String newPhone;

    @Column(name = "old_code_hash", nullable = false, length = 64, updatable = false)
    private String oldCodeHash;

    @Column(name = "new_code_hash", nullable = false, length = 64, updatable = false)
    private String newCodeHash;

    @Column(nullable = false, length = 32, updatable = false)
    private String salt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(nullable = false)
    private int attempts;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected ContactChange() {
    }

    private ContactChange(long userId, Kind kind, String newValue, String oldCode, String newCode, String salt, Instant now) {
        this.userId = userId;
        this.kind = kind;
        if (kind == Kind.EMAIL) {
            this.newEmail = newValue;
        } else {
            this.newPhone = newValue;
        }
        this.salt = salt;
        this.oldCodeHash = hash(salt, "old", oldCode);
        this.newCodeHash = hash(salt, "new", newCode);
        this.createdAt = now;
        this.expiresAt = now.plus(CODE_LIFETIME);
        this.status = Status.PENDING;
    }

    /** Starts a change with two fresh random six-digit codes. */
    static Started start(long userId, Kind kind, String newValue, Instant now) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        String oldCode = code();
        String newCode = code();
        return new Started(new ContactChange(userId, kind, newValue, oldCode, newCode, HexFormat.of().formatHex(salt), now), oldCode,
                newCode);
    }

    /**
     * Checks both codes and returns when they are right. A wrong pair counts as one attempt and is
     * refused with the attempts left; the last allowed attempt, or a try after the codes lapsed,
     * ends the change and says which.
     */
    void confirm(String oldCode, String newCode, Instant now) {
        if (status != Status.PENDING) {
            throw new BusinessRuleException("contact.noPendingChange");
        }
        if (!now.isBefore(expiresAt)) {
            status = Status.FAILED;
            throw new BusinessRuleException("contact.codesExpired");
        }
        attempts++;
        boolean right = MessageDigest.isEqual(bytes(oldCodeHash), bytes(hash(salt, "old", oldCode)))
                & MessageDigest.isEqual(bytes(newCodeHash), bytes(hash(salt, "new", newCode)));
        if (right) {
            status = Status.DONE;
        } else if (attempts >= MAX_ATTEMPTS) {
            status = Status.FAILED;
            throw new BusinessRuleException("contact.tooManyAttempts");
        } else {
            throw new BusinessRuleException("contact.wrongCode", attemptsLeft());
        }
    }

    void cancel() {
        if (status == Status.PENDING) {
            status = Status.CANCELLED;
        }
    }

    int attemptsLeft() {
        return Math.max(0, MAX_ATTEMPTS - attempts);
    }

    Status getStatus() {
        return status;
    }

    String getNewEmail() {
        return newEmail;
    }

    String getNewPhone() {
        return newPhone;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    private static String code() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    static String hash(String salt, String side, String code) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((salt + ":" + side + ":" + (code == null ? "" : code.strip())).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
