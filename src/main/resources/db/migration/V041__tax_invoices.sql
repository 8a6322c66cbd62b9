-- Tax invoices: the account's invoice profiles and mailing addresses, and its requests.
CREATE TABLE invoice_profile (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id          VARCHAR(40)  NOT NULL,
    account_id         BIGINT       NOT NULL,
    invoice_type       VARCHAR(30)  NOT NULL,
    tax_number         VARCHAR(20),
    bank_name          VARCHAR(200),
    bank_account       VARCHAR(40),
    registered_address VARCHAR(300),
    registered_phone   VARCHAR(40),
    version            BIGINT       NOT NULL,
    CONSTRAINT fk_invoice_profile_account FOREIGN KEY (account_id) REFERENCES billing_account (id)
);
CREATE INDEX ix_invoice_profile_account ON invoice_profile (tenant_id, account_id);

CREATE TABLE invoice_profile_aud (
    id                 BIGINT NOT NULL,
    rev                BIGINT NOT NULL,
    revtype            TINYINT,
    tenant_id          VARCHAR(40),
    account_id         BIGINT,
    invoice_type       VARCHAR(30),
    tax_number         VARCHAR(20),
    bank_name          VARCHAR(200),
    bank_account       VARCHAR(40),
    registered_address VARCHAR(300),
    registered_phone   VARCHAR(40),
    PRIMARY KEY (rev, id),
    CONSTRAINT fk_invoice_profile_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

CREATE TABLE mailing_address (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id  VARCHAR(40)  NOT NULL,
    account_id BIGINT       NOT NULL,
    recipient  VARCHAR(120) NOT NULL,
    phone      VARCHAR(40)  NOT NULL,
    email      VARCHAR(320) NOT NULL,
    address    VARCHAR(300) NOT NULL,
    version    BIGINT       NOT NULL,
    CONSTRAINT fk_mailing_address_account FOREIGN KEY (account_id) REFERENCES billing_account (id)
);
CREATE INDEX ix_mailing_address_account ON mailing_address (tenant_id, account_id);

CREATE TABLE mailing_address_aud (
    id         BIGINT NOT NULL,
    rev        BIGINT NOT NULL,
    revtype    TINYINT,
    tenant_id  VARCHAR(40),
    account_id BIGINT,
    recipient  VARCHAR(120),
    phone      VARCHAR(40),
    email      VARCHAR(320),
    address    VARCHAR(300),
    PRIMARY KEY (rev, id),
    CONSTRAINT fk_mailing_address_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

-- A request copies the profile and address it was made with: later edits do not rewrite it.
CREATE TABLE invoice_request (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id          VARCHAR(40)   NOT NULL,
    account_id         BIGINT        NOT NULL,
    status             VARCHAR(20)   NOT NULL,
    invoice_type       VARCHAR(30)   NOT NULL,
    title              VARCHAR(200)  NOT NULL,
    tax_number         VARCHAR(20),
    bank_name          VARCHAR(200),
    bank_account       VARCHAR(40),
    registered_address VARCHAR(300),
    registered_phone   VARCHAR(40),
    recipient          VARCHAR(120)  NOT NULL,
    recipient_phone    VARCHAR(40)   NOT NULL,
    recipient_email    VARCHAR(320)  NOT NULL,
    mailing_address    VARCHAR(300)  NOT NULL,
    amount             DECIMAL(19,4) NOT NULL,
    currency           CHAR(3)       NOT NULL,
    requested_at       DATETIME(6)   NOT NULL,
    requested_by       VARCHAR(320)  NOT NULL,
    invoice_number     VARCHAR(40),
    issued_at          DATETIME(6),
    tracking_number    VARCHAR(60),
    mailed_at          DATETIME(6),
    rejected_at        DATETIME(6),
    rejection_reason   VARCHAR(500),
    decided_by         VARCHAR(320),
    version            BIGINT        NOT NULL,
    CONSTRAINT fk_invoice_request_account FOREIGN KEY (account_id) REFERENCES billing_account (id)
);
CREATE INDEX ix_invoice_request_account ON invoice_request (tenant_id, account_id, requested_at);
CREATE INDEX ix_invoice_request_status ON invoice_request (tenant_id, status, requested_at);

CREATE TABLE invoice_request_aud (
    id                 BIGINT NOT NULL,
    rev                BIGINT NOT NULL,
    revtype            TINYINT,
    tenant_id          VARCHAR(40),
    account_id         BIGINT,
    status             VARCHAR(20),
    invoice_type       VARCHAR(30),
    title              VARCHAR(200),
    tax_number         VARCHAR(20),
    bank_name          VARCHAR(200),
    bank_account       VARCHAR(40),
    registered_address VARCHAR(300),
    registered_phone   VARCHAR(40),
    recipient          VARCHAR(120),
    recipient_phone    VARCHAR(40),
    recipient_email    VARCHAR(320),
    mailing_address    VARCHAR(300),
    amount             DECIMAL(19,4),
    currency           CHAR(3),
    requested_at       DATETIME(6),
    requested_by       VARCHAR(320),
    invoice_number     VARCHAR(40),
    issued_at          DATETIME(6),
    tracking_number    VARCHAR(60),
    mailed_at          DATETIME(6),
    rejected_at        DATETIME(6),
    rejection_reason   VARCHAR(500),
    decided_by         VARCHAR(320),
    PRIMARY KEY (rev, id),
    CONSTRAINT fk_invoice_request_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

-- The documents a request invoices. active_reference holds the document's reference while the
-- request is live and is cleared when it is rejected: the unique key makes invoicing one document
-- twice impossible even for two requests racing each other.
CREATE TABLE invoice_request_line (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id        VARCHAR(40)   NOT NULL,
    request_id       BIGINT        NOT NULL,
    account_id       BIGINT        NOT NULL,
    document_type    VARCHAR(20)   NOT NULL,
    reference        VARCHAR(80)   NOT NULL,
    active_reference VARCHAR(80),
    document_date    DATE          NOT NULL,
    description      VARCHAR(200)  NOT NULL,
    amount           DECIMAL(19,4) NOT NULL,
    currency         CHAR(3)       NOT NULL,
    CONSTRAINT uk_invoice_line_active UNIQUE (tenant_id, account_id, active_reference),
    CONSTRAINT fk_invoice_line_request FOREIGN KEY (request_id) REFERENCES invoice_request (id)
);
CREATE INDEX ix_invoice_line_request ON invoice_request_line (tenant_id, request_id);

CREATE TABLE invoice_request_line_aud (
    id               BIGINT NOT NULL,
    rev              BIGINT NOT NULL,
    revtype          TINYINT,
    tenant_id        VARCHAR(40),
    request_id       BIGINT,
    account_id       BIGINT,
    document_type    VARCHAR(20),
    reference        VARCHAR(80),
    active_reference VARCHAR(80),
    document_date    DATE,
    description      VARCHAR(200),
    amount           DECIMAL(19,4),
    currency         CHAR(3),
    PRIMARY KEY (rev, id),
    CONSTRAINT fk_invoice_request_line_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

-- The issued invoice's PDF, apart from the audited request.
CREATE TABLE invoice_pdf (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id  VARCHAR(40) NOT NULL,
    request_id BIGINT      NOT NULL,
    content    LONGBLOB    NOT NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT uk_invoice_pdf_request UNIQUE (tenant_id, request_id),
    CONSTRAINT fk_invoice_pdf_request FOREIGN KEY (request_id) REFERENCES invoice_request (id)
);
