package org.billingcenter.verification;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.billingcenter.shared.file.FileSignature;
import org.billingcenter.shared.file.StoredFile;
import org.billingcenter.shared.persistence.TenantOwned;

/** A business licence image as uploaded; its type was checked from its content. Never changed. */
@Entity
@Table(name = "verification_licence")
class VerificationLicence extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Embedded
    private StoredFile file;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected VerificationLicence() {
    }

    VerificationLicence(long accountId, String fileName, FileSignature type, byte[] content, Instant at) {
        this.accountId = accountId;
        this.file = new StoredFile(fileName, type.mediaType(), content);
        this.createdAt = at;
    }

    Long getId() {
        return id;
    }

    long getAccountId() {
        return accountId;
    }

    LicenceFile file() {
        return new LicenceFile(file.fileName(), file.contentType(), file.content());
    }
}
