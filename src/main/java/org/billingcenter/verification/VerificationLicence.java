package org.billingcenter.verification;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import org.billingcenter.shared.file.FileSignature;
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

    @Column(name = "file_name", nullable = false, length = 200, updatable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false, columnDefinition = "longblob")
    private byte[] content;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected VerificationLicence() {
    }

    VerificationLicence(long accountId, String fileName, FileSignature type, byte[] content, Instant at) {
        this.accountId = accountId;
        this.fileName = fileName;
        this.contentType = type.mediaType();
        this.size = content.length;
        this.content = content.clone();
        this.createdAt = at;
    }

    Long getId() {
        return id;
    }

    long getAccountId() {
        return accountId;
    }

    LicenceFile file() {
        return new LicenceFile(fileName, contentType, content.clone());
    }
}
