package org.billingcenter.invoice;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.i18n.Message;
import org.billingcenter.shared.money.Money;
import org.billingcenter.shared.persistence.TenantOwned;
import org.hibernate.envers.Audited;

/**
 * A request for one invoice over one or more documents. It copies the profile, title and address
 * it was made with, so the issued invoice says what was asked for even if those change later.
 */
@Entity
@Table(name = "invoice_request")
@Audited
class InvoiceRequest extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InvoiceStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "invoice_type", nullable = false, length = 30, updatable = false)
    private InvoiceType type;

    @Column(nullable = false, length = 200, updatable = false)
    private String title;

    @Column(name = "tax_number", length = 30, updatable = false)
    private String taxNumber;

    @Column(name = "bank_name", length = 200, updatable = false)
    private String bank;

    @Column(name = "bank_account", length = 40, updatable = false)
    private String bankAccount;

    @Column(name = "registered_address", length = 300, updatable = false)
    private String registeredAddress;

    @Column(name = "registered_phone", length = 40, updatable = false)
    private String registeredPhone;

    /** International invoices only: the buyer's billing address and ISO country code. */
    @Column(name = "billing_address", length = 300, updatable = false)
    private String billingAddress;

    @Column(length = 2, updatable = false)
    private String country;

    @Column(nullable = false, length = 120, updatable = false)
    private String recipient;

    @Column(name = "recipient_phone", nullable = false, length = 40, updatable = false)
    private String recipientPhone;

    @Column(name = "recipient_email", nullable = false, length = 320, updatable = false)
    private String recipientEmail;

    @Column(name = "mailing_address", nullable = false, length = 300, updatable = false)
    private String mailingAddress;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "amount", column = @Column(name = "amount", nullable = false, updatable = false)),
            @AttributeOverride(name = "currency", column = @Column(name = "currency", nullable = false, updatable = false))})
    private Money amount;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "requested_by", nullable = false, length = 320, updatable = false)
    private String requestedBy;

    @Column(name = "invoice_number", length = 40)
    private String invoiceNumber;

    @Column(name = "issued_at")
    private Instant issuedAt;

    @Column(name = "tracking_number", length = 60)
    private String trackingNumber;

    @Column(name = "mailed_at")
    private Instant mailedAt;

    @Column(name = "rejected_at")
    private Instant rejectedAt;

    @Column(name = "rejection_reason", length = 500)
    private String rejectionReason;

    @Column(name = "decided_by", length = 320)
    private String decidedBy;

    @Column(name = "profile_id", updatable = false)
    private Long profileId;

    @Column(name = "address_id", updatable = false)
    private Long addressId;

    @Version
    private long version;

    protected InvoiceRequest() {
    }

    InvoiceRequest(long accountId, String title, InvoiceProfileDetails profile, MailingAddressDetails address, Money amount,
            String requestedBy, Instant requestedAt) {
        this.accountId = accountId;
        this.status = InvoiceStatus.REQUESTED;
        this.type = profile.type();
        this.profileId = profile.id();
        this.addressId = address.id();
        this.title = title;
        this.taxNumber = profile.taxNumber();
        this.bank = profile.bank();
        this.bankAccount = profile.bankAccount();
        this.registeredAddress = profile.registeredAddress();
        this.registeredPhone = profile.registeredPhone();
        this.billingAddress = profile.billingAddress();
        this.country = profile.country();
        this.recipient = address.recipient();
        this.recipientPhone = address.phone();
        this.recipientEmail = address.email();
        this.mailingAddress = address.address();
        this.amount = amount;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    void issue(String number, String by, Instant at) {
        require(InvoiceStatus.REQUESTED);
        status = InvoiceStatus.ISSUED;
        invoiceNumber = number;
        issuedAt = at;
        decidedBy = by;
    }

    void mail(String tracking, String by, Instant at) {
        require(InvoiceStatus.ISSUED);
        if (!type.isPaper()) {
            throw new BusinessRuleException("invoice.electronicNotMailed");
        }
        status = InvoiceStatus.MAILED;
        trackingNumber = tracking;
        mailedAt = at;
        decidedBy = by;
    }

    void reject(String reason, String by, Instant at) {
        require(InvoiceStatus.REQUESTED);
        status = InvoiceStatus.REJECTED;
        rejectionReason = reason;
        rejectedAt = at;
        decidedBy = by;
    }

    private void require(InvoiceStatus expected) {
        if (status != expected) {
            throw new BusinessRuleException("invoice.wrongStatus", Message.label("invoice.status." + status.name()));
        }
    }

    InvoiceSummary summary(List<String> documents) {
        return new InvoiceSummary(id, accountId, status, type, title, taxNumber, amount, requestedAt, invoiceNumber, issuedAt,
                trackingNumber, rejectionReason, recipient, recipientEmail, mailingAddress, documents);
    }

    /** Still being worked on: awaiting the decision, or issued on paper and not yet mailed. */
    boolean isLive() {
        return status == InvoiceStatus.REQUESTED || status == InvoiceStatus.ISSUED && type.isPaper();
    }

    /** Everything the customer asked for, the documents it covers and how its status moved. */
    InvoiceRequestDetails details(List<InvoiceRequestLine> lines) {
        List<InvoiceRequestDetails.Document> documents = lines.stream().map(line -> new InvoiceRequestDetails.Document(
                line.getDocumentType(), line.getReference(), line.getDocumentDate(), line.getDescription(), line.getAmount())).toList();
        List<InvoiceRequestDetails.StatusChange> history = new java.util.ArrayList<>();
        history.add(new InvoiceRequestDetails.StatusChange(InvoiceStatus.REQUESTED, requestedAt, requestedBy));
        if (issuedAt != null) {
            history.add(new InvoiceRequestDetails.StatusChange(InvoiceStatus.ISSUED, issuedAt, invoiceNumber));
        }
        if (mailedAt != null) {
            history.add(new InvoiceRequestDetails.StatusChange(InvoiceStatus.MAILED, mailedAt, trackingNumber));
        }
        if (rejectedAt != null) {
            history.add(new InvoiceRequestDetails.StatusChange(InvoiceStatus.REJECTED, rejectedAt, rejectionReason));
        }
        return new InvoiceRequestDetails(summary(documents.stream().map(InvoiceRequestDetails.Document::reference).toList()),
                bank, bankAccount, registeredAddress, registeredPhone, recipientPhone, documents, List.copyOf(history), billingAddress,
                country);
    }

    Long getId() {
        return id;
    }

    long getAccountId() {
        return accountId;
    }

    InvoiceStatus getStatus() {
        return status;
    }

    InvoiceType getType() {
        return type;
    }

    String getTitle() {
        return title;
    }

    String getTaxNumber() {
        return taxNumber;
    }

    String getBank() {
        return bank;
    }

    String getBankAccount() {
        return bankAccount;
    }

    String getRegisteredAddress() {
        return registeredAddress;
    }

    String getRegisteredPhone() {
        return registeredPhone;
    }

    String getBillingAddress() {
        return billingAddress;
    }

    String getCountry() {
        return country;
    }

    String getRecipientEmail() {
        return recipientEmail;
    }

    Money getAmount() {
        return amount;
    }

    String getInvoiceNumber() {
        return invoiceNumber;
    }

    Instant getIssuedAt() {
        return issuedAt;
    }
}
