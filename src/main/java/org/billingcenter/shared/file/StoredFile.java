package org.billingcenter.shared.file;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;

/**
 * An uploaded file as a row keeps it: its name, the media type its content was recognised as,
 * its size and its bytes. Never changed once stored.
 */
@Embeddable
public class StoredFile {

    @Column(name = "file_name", nullable = false, length = 200, updatable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    /** Named for the validator: MariaDB reports LONGBLOB, H2 a BLOB; both match a LOB declared so. */
    @Column(nullable = false, updatable = false, columnDefinition = "longblob")
    private byte[] content;

    protected StoredFile() {
    }

    public StoredFile(String fileName, String mediaType, byte[] content) {
        this.fileName = fileName;
        this.contentType = mediaType;
        this.size = content.length;
        this.content = content.clone();
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    /** A copy: callers cannot change what was stored. */
    public byte[] content() {
        return content.clone();
    }
}
