package org.billingcenter.verification;

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

import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.persistence.TenantOwned;
import org.hibernate.envers.Audited;

/**
 * An account's real-name record: the latest submission and its review, beside the identity that
 * was last verified. Approving copies the submission into the verified identity.
 */
@Entity
@Table(name = "real_name_verification")
@Audited
class RealNameVerification extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private VerificationStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private VerificationKind kind;

    @Column(name = "legal_name", nullable = false, length = 200)
    private String legalName;

    /** The resident ID or credit code (PRC), or the tax or VAT id (international; a person may have none). */
    @Column(name = "id_number", length = 30)
    private String idNumber;

    /** International verifications only: the ISO country code and the billing address. */
    @Column(length = 2)
    private String country;

    @Column(name = "billing_address", length = 300)
    private String billingAddress;

    @Column(name = "licence_id")
    private Long licenceId;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "submitted_by", nullable = false, length = 320)
    private String submittedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "reviewed_by", length = 320)
    private String reviewedBy;

    @Column(name = "rejection_reason", length = 500)
    private String rejectionReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "verified_kind", length = 20)
    private VerificationKind verifiedKind;

    @Column(name = "verified_name", length = 200)
    private String verifiedName;

    @Column(name = "verified_number", length = 30)
    private String verifiedNumber;

    @Column(name = "verified_country", length = 2)
    private String verifiedCountry;

    @Column(name = "verified_address", length = 300)
    private String verifiedAddress;

    @Version
    private long version;

    protected RealNameVerification() {
    }

    RealNameVerification(long accountId) {
        this.accountId = accountId;
        this.status = VerificationStatus.UNVERIFIED;
    }

    /** A new submission; refused while one waits for review, and an enterprise never goes back to individual. */
    void submit(VerificationKind kind, String legalName, String idNumber, Long licenceId, String by, Instant at) {
        submit(kind, legalName, idNumber, null, null, licenceId, by, at);
    }

    /** An international submission: no licence image, a country and a billing address instead. */
    void submit(VerificationKind kind, String legalName, String taxId, String country, String billingAddress, Long licenceId, String by,
            Instant at) {
        requireSubmittable(kind);
        this.kind = kind;
        this.legalName = legalName;
        this.idNumber = taxId;
        this.country = country;
        this.billingAddress = billingAddress;
        this.licenceId = licenceId;
        this.submittedBy = by;
        this.submittedAt = at;
        this.status = VerificationStatus.PENDING;
        this.reviewedAt = null;
        this.reviewedBy = null;
        this.rejectionReason = null;
    }

    void requireSubmittable(VerificationKind next) {
        if (status == VerificationStatus.PENDING) {
            throw new BusinessRuleException("verification.alreadyPending");
        }
        if (next == VerificationKind.INDIVIDUAL && (kind == VerificationKind.ENTERPRISE || verifiedKind == VerificationKind.ENTERPRISE)) {
            throw new BusinessRuleException("verification.noWayBack");
        }
        if (verifiedKind == VerificationKind.ENTERPRISE) {
            throw new BusinessRuleException("verification.alreadyEnterprise");
        }
        if (verifiedKind == VerificationKind.INDIVIDUAL && next == VerificationKind.INDIVIDUAL) {
            throw new BusinessRuleException("verification.alreadyVerified");
        }
    }

    void approve(String by, Instant at) {
        requirePending();
        status = VerificationStatus.VERIFIED;
        reviewedBy = by;
        reviewedAt = at;
        verifiedKind = kind;
        verifiedName = legalName;
        verifiedNumber = idNumber;
        verifiedCountry = country;
        verifiedAddress = billingAddress;
    }

    void reject(String reason, String by, Instant at) {
        requirePending();
        status = VerificationStatus.REJECTED;
        rejectionReason = reason;
        reviewedBy = by;
        reviewedAt = at;
    }

    private void requirePending() {
        if (status != VerificationStatus.PENDING) {
            throw new BusinessRuleException("verification.notPending");
        }
    }

    Long getId() {
        return id;
    }

    long getAccountId() {
        return accountId;
    }

    VerificationStatus getStatus() {
        return status;
    }

    VerificationKind getKind() {
        return kind;
    }

    String getLegalName() {
        return legalName;
    }

    String getIdNumber() {
        return idNumber;
    }

    Long getLicenceId() {
        return licenceId;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }

    String getSubmittedBy() {
        return submittedBy;
    }

    String getRejectionReason() {
        return rejectionReason;
    }

    VerificationKind getVerifiedKind() {
        return verifiedKind;
    }

    String getVerifiedName() {
        return verifiedName;
    }

    String getVerifiedNumber() {
        return verifiedNumber;
    }

    String getCountry() {
        return country;
    }

    String getBillingAddress() {
        return billingAddress;
    }

    String getVerifiedCountry() {
        return verifiedCountry;
    }

    String getVerifiedAddress() {
        return verifiedAddress;
    }
}
