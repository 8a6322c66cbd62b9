package org.billingcenter.invoice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.billingcenter.shared.persistence.TenantOwned;
import org.hibernate.envers.Audited;

/** The buyer's tax registration (PRC) or billing details (international) an invoice is made out with. */
@Entity
@Table(name = "invoice_profile")
@Audited
class InvoiceProfile extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "invoice_type", nullable = false, length = 30)
    private InvoiceType type;

    @Column(name = "tax_number", length = 30)
    private String taxNumber;

    @Column(name = "bank_name", length = 200)
    private String bank;

    @Column(name = "bank_account", length = 40)
    private String bankAccount;

    @Column(name = "registered_address", length = 300)
    private String registeredAddress;

    @Column(name = "registered_phone", length = 40)
    private String registeredPhone;

    /** International profiles only: the billing details the invoice is made out to. */
    @Column(name = "company_name", length = 200)
    private String companyName;

    @Column(name = "billing_address", length = 300)
    private String billingAddress;

    @Column(length = 2)
    private String country;

    @Version
    private long version;

    protected InvoiceProfile() {
    }

    InvoiceProfile(long accountId) {
        this.accountId = accountId;
    }

    void update(InvoiceProfileDetails details) {
        this.type = details.type();
        this.taxNumber = details.taxNumber();
        this.bank = details.bank();
        this.bankAccount = details.bankAccount();
        this.registeredAddress = details.registeredAddress();
        this.registeredPhone = details.registeredPhone();
        this.companyName = details.companyName();
        this.billingAddress = details.billingAddress();
        this.country = details.country();
    }

    InvoiceProfileDetails details() {
        return new InvoiceProfileDetails(id, type, taxNumber, bank, bankAccount, registeredAddress, registeredPhone, companyName,
                billingAddress, country);
    }

    Long getId() {
        return id;
    }

    long getAccountId() {
        return accountId;
    }
}
