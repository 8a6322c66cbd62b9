package org.billingcenter.account;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.billingcenter.shared.persistence.TenantOwned;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A person who signs in to one tenant's portal. The same e-mail at two tenants is two users. */
@Entity
@Table(name = "app_user")
@Audited
class User extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 320)
    private String email;

    // Never in the audit trail: a hash history would only help an attacker.
    @NotAudited
    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(length = 40)
    private String phone;

    /** When the phone number's code was confirmed: from then on it signs in like the e-mail. */
    @Column(name = "phone_verified_at")
    private Instant phoneVerifiedAt;

    @Column(name = "preferred_locale", length = 20)
    private String preferredLocale;

    @Column(nullable = false)
    private boolean operator;

    @Column(nullable = false)
    private boolean enabled = true;

    // Not history worth keeping: only which sessions are still good (see OtherSessions).
    @NotAudited
    @Column(name = "session_generation", nullable = false)
    private long sessionGeneration;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "email_confirmed_at")
    private Instant emailConfirmedAt;

    @Version
    private long version;

    protected User() {
    }

    User(String email, String passwordHash, String displayName, boolean operator, Instant createdAt) {
        this.email = email;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.operator = operator;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    String getEmail() {
        return email;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    String getDisplayName() {
        return displayName;
    }

    String getPhone() {
        return phone;
    }

    Locale getPreferredLocale() {
        return preferredLocale == null ? null : Locale.forLanguageTag(preferredLocale);
    }

    boolean isOperator() {
        return operator;
    }

    boolean isEnabled() {
        return enabled;
    }

    /** Stops or restores sign-in; sessions already open end at their next request (see AccessRefresh). */
    void allowSignIn(boolean allowed) {
        this.enabled = allowed;
    }

    void changePassword(String newHash) {
        this.passwordHash = newHash;
    }

    long getSessionGeneration() {
        return sessionGeneration;
    }

    /** Makes every session opened so far out of date; returns the generation of the sessions from now on. */
    long startSessionGeneration() {
        return ++sessionGeneration;
    }

    /** A new address is not proven by the proof of the old one; the change itself proves it by code. */
    void changeEmail(String email) {
        this.email = email;
    }

    boolean isEmailConfirmed() {
        return emailConfirmedAt != null;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    /** The person showed they receive mail at their sign-in address; the first proof is kept. */
    void confirmEmail(Instant at) {
        if (emailConfirmedAt == null) {
            emailConfirmedAt = at;
        }
    }

    /** The new number's code was confirmed: it is kept, and signs in, from now. */
    void changePhone(String phone, Instant verifiedAt) {
        this.phone = phone;
        this.phoneVerifiedAt = verifiedAt;
    }

    void rename(String displayName) {
        this.displayName = displayName;
    }

    void preferLocale(Locale locale) {
        this.preferredLocale = locale == null ? null : locale.toLanguageTag();
    }
}
