-- Real-name verification: one record per account. What was submitted last sits beside what was
-- last verified, so a pending upgrade from individual to enterprise keeps the account verified.
CREATE TABLE real_name_verification (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id         VARCHAR(40)  NOT NULL,
    account_id        BIGINT       NOT NULL,
    status            VARCHAR(20)  NOT NULL,
    kind              VARCHAR(20)  NOT NULL,
    legal_name        VARCHAR(200) NOT NULL,
    id_number         VARCHAR(18)  NOT NULL,
    licence_id        BIGINT,
    submitted_at      DATETIME(6)  NOT NULL,
    submitted_by      VARCHAR(320) NOT NULL,
    reviewed_at       DATETIME(6),
    reviewed_by       VARCHAR(320),
    rejection_reason  VARCHAR(500),
    verified_kind     VARCHAR(20),
    verified_name     VARCHAR(200),
    verified_number   VARCHAR(18),
    version           BIGINT       NOT NULL,
    CONSTRAINT uk_real_name_account UNIQUE (tenant_id, account_id),
    CONSTRAINT fk_real_name_account FOREIGN KEY (account_id) REFERENCES billing_account (id)
);
CREATE INDEX ix_real_name_status ON real_name_verification (tenant_id, status, submitted_at);

CREATE TABLE real_name_verification_aud (
    id                BIGINT NOT NULL,
    rev               BIGINT NOT NULL,
    revtype           TINYINT,
    tenant_id         VARCHAR(40),
    account_id        BIGINT,
    status            VARCHAR(20),
    kind              VARCHAR(20),
    legal_name        VARCHAR(200),
    id_number         VARCHAR(18),
    licence_id        BIGINT,
    submitted_at      DATETIME(6),
    submitted_by      VARCHAR(320),
    reviewed_at       DATETIME(6),
    reviewed_by       VARCHAR(320),
    rejection_reason  VARCHAR(500),
    verified_kind     VARCHAR(20),
    verified_name     VARCHAR(200),
    verified_number   VARCHAR(18),
    PRIMARY KEY (rev, id),
    CONSTRAINT fk_real_name_verification_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

-- Business licence images, kept apart so the audit trail does not copy the file at each revision.
CREATE TABLE verification_licence (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id    VARCHAR(40)  NOT NULL,
    account_id   BIGINT       NOT NULL,
    file_name    VARCHAR(200) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    content      LONGBLOB     NOT NULL,
    created_at   DATETIME(6)  NOT NULL
);
CREATE INDEX ix_verification_licence_account ON verification_licence (tenant_id, account_id);
