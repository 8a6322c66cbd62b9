package org.billingcenter.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.billingcenter.shared.persistence.TenantOwned;

/** One successful sign-in: when, from which address, with which browser. Append-only. */
@Entity
@Table(name = "sign_in_record")
class SignInRecord extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Column(name = "signed_in_at", nullable = false, updatable = false)
    private Instant signedInAt;

    @Column(nullable = false, length = 60, updatable = false)
    private String address;

    @Column(name = "user_agent", nullable = false, length = 300, updatable = false)
    private String userAgent;

    protected SignInRecord() {
    }

    SignInRecord(long userId, Instant at, String address, String userAgent) {
        this.userId = userId;
        this.signedInAt = at;
        this.address = bounded(address, 60);
        this.userAgent = bounded(userAgent, 300);
    }

    RecentSignIn view() {
        return new RecentSignIn(signedInAt, address, userAgent);
    }

    private static String bounded(String text, int max) {
        String value = text == null || text.isBlank() ? "unknown" : text.strip();
        return value.length() > max ? value.substring(0, max) : value;
    }
}
