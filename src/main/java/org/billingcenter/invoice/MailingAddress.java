package org.billingcenter.invoice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.billingcenter.shared.persistence.TenantOwned;
import org.hibernate.envers.Audited;

/** Where the account's invoices go. */
@Entity
@Table(name = "mailing_address")
@Audited
class MailingAddress extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(nullable = false, length = 120)
    private String recipient;

    @Column(nullable = false, length = 40)
    private String phone;

    @Column(nullable = false, length = 320)
    private String email;

    @Column(nullable = false, length = 300)
    private String address;

    @Version
    private long version;

    protected MailingAddress() {
    }

    MailingAddress(long accountId) {
        this.accountId = accountId;
    }

    void update(MailingAddressDetails details) {
        this.recipient = details.recipient().strip();
        this.phone = details.phone().strip();
        this.email = details.email().strip();
        this.address = details.address().strip();
    }

    MailingAddressDetails details() {
        return new MailingAddressDetails(id, recipient, phone, email, address);
    }

    Long getId() {
        return id;
    }

    long getAccountId() {
        return accountId;
    }
}
