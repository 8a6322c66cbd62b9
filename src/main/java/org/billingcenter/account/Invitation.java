package org.billingcenter.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.persistence.TenantOwned;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** An offer, sent by e-mail, to join an account's team in a given role until it expires. */
@Entity
@Table(name = "invitation")
@Audited
class Invitation extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(nullable = false, length = 320, updatable = false)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    // Whoever reads the table cannot use a link; the history needs no token either.
    @NotAudited
    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InvitationStatus status = InvitationStatus.PENDING;

    @Column(name = "invited_by", nullable = false, length = 320, updatable = false)
    private String invitedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Version
    private long version;

    protected Invitation() {
    }

    Invitation(long accountId, String email, Role role, String tokenHash, String invitedBy, Instant createdAt, Instant expiresAt) {
        this.accountId = accountId;
        this.email = email;
        this.role = role;
        this.tokenHash = tokenHash;
        this.invitedBy = invitedBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    Long getId() {
        return id;
    }

    long getAccountId() {
        return accountId;
    }

    String getEmail() {
        return email;
    }

    Role getRole() {
        return role;
    }

    InvitationStatus getStatus() {
        return status;
    }

    boolean isOpenAt(Instant now) {
        return status == InvitationStatus.PENDING && now.isBefore(expiresAt);
    }

    PendingInvitation view(Instant now) {
        InvitationStatus shown = status == InvitationStatus.PENDING && !now.isBefore(expiresAt) ? InvitationStatus.EXPIRED : status;
        return new PendingInvitation(id, email, role, shown, invitedBy, createdAt, expiresAt);
    }

    /** A new link replaces the old one, which stops working. */
    void renew(String newTokenHash, Instant newExpiry) {
        this.tokenHash = newTokenHash;
        this.expiresAt = newExpiry;
    }

    void revoke() {
        status = InvitationStatus.REVOKED;
    }

    void accepted(Instant at) {
        status = InvitationStatus.ACCEPTED;
        acceptedAt = at;
    }
}
