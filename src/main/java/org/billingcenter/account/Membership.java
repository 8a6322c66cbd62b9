package org.billingcenter.account;

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

/** A user's place in a billing account: which account they act for, and in what role. */
@Entity
@Table(name = "membership")
@Audited
class Membership extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @Version
    private long version;

    protected Membership() {
    }

    Membership(long accountId, long userId, Role role) {
        this.accountId = accountId;
        this.userId = userId;
        this.role = role;
    }

    Long getId() {
        return id;
    }

    long getAccountId() {
        return accountId;
    }

    long getUserId() {
        return userId;
    }

    Role getRole() {
        return role;
    }

    void changeRole(Role newRole) {
        this.role = newRole;
    }
}
