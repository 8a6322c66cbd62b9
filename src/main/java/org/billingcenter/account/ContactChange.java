package org.billingcenter.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.persistence.TenantOwned;

/**
 * A pending change of the sign-in e-mail. Both codes must be given together: the old address
 * proves it is the holder, the new one that the address is theirs. Only salted hashes are kept,
 * the change lapses after a few minutes, and a few wrong tries end it.
 */
@Entity
@Table(name = "contact_change")
class ContactChange extends TenantOwned {

    static final int MAX_ATTEMPTS = 5;

    enum Status { PENDING, DONE, FAILED, CANCELLED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Column(name = "new_email", nullable = false, length = 320, updatable = false)
    private String newEmail;

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

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected ContactChange() {
    }

    ContactChange(long userId, String newEmail, String oldCode, String newCode, String salt, Instant now, Instant expiresAt) {
        this.userId = userId;
        this.newEmail = newEmail;
        this.salt = salt;
        this.oldCodeHash = hash(salt, "old", oldCode);
        this.newCodeHash = hash(salt, "new", newCode);
        this.createdAt = now;
        this.expiresAt = expiresAt;
        this.status = Status.PENDING;
    }

    /** Checks both codes; a wrong pair counts as one attempt, and the last allowed attempt ends the change. */
    boolean confirm(String oldCode, String newCode, Instant now) {
        if (status != Status.PENDING) {
            throw new BusinessRuleException("contact.noPendingChange");
        }
        if (!now.isBefore(expiresAt)) {
            status = Status.FAILED;
            return false;
        }
        attempts++;
        boolean right = MessageDigest.isEqual(bytes(oldCodeHash), bytes(hash(salt, "old", oldCode)))
                & MessageDigest.isEqual(bytes(newCodeHash), bytes(hash(salt, "new", newCode)));
        if (right) {
            status = Status.DONE;
        } else if (attempts >= MAX_ATTEMPTS) {
            status = Status.FAILED;
        }
        return right;
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

    Instant getExpiresAt() {
        return expiresAt;
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
