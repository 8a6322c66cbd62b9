CREATE TABLE app_user (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id        VARCHAR(40)  NOT NULL,
    email            VARCHAR(320) NOT NULL,
    password_hash    VARCHAR(200) NOT NULL,
    display_name     VARCHAR(120) NOT NULL,
    phone            VARCHAR(40),
    preferred_locale VARCHAR(20),
    operator         BOOLEAN      NOT NULL,
    enabled          BOOLEAN      NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    version          BIGINT       NOT NULL,
    CONSTRAINT uq_app_user_email UNIQUE (tenant_id, email)
);

CREATE TABLE billing_account (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id       VARCHAR(40)  NOT NULL,
    kind            VARCHAR(20)  NOT NULL,
    currency        CHAR(3)      NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    enterprise_name VARCHAR(200) NOT NULL,
    industry        VARCHAR(100),
    region          VARCHAR(100),
    introduction    VARCHAR(1000),
    contact_name    VARCHAR(120),
    contact_email   VARCHAR(320),
    contact_phone   VARCHAR(40),
    version         BIGINT       NOT NULL
);
CREATE INDEX ix_billing_account_tenant ON billing_account (tenant_id);

-- A user acts for one account (tenant staff for none).
CREATE TABLE membership (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id  VARCHAR(40) NOT NULL,
    account_id BIGINT      NOT NULL,
    user_id    BIGINT      NOT NULL,
    role       VARCHAR(20) NOT NULL,
    version    BIGINT      NOT NULL,
    CONSTRAINT uq_membership_user UNIQUE (tenant_id, user_id),
    CONSTRAINT fk_membership_account FOREIGN KEY (account_id) REFERENCES billing_account (id),
    CONSTRAINT fk_membership_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);
CREATE INDEX ix_membership_account ON membership (tenant_id, account_id);

-- History tables: the audited columns, keyed by entity id and revision.
CREATE TABLE app_user_aud (
    id               BIGINT      NOT NULL,
    rev              BIGINT      NOT NULL,
    revtype          TINYINT,
    tenant_id        VARCHAR(40),
    email            VARCHAR(320),
    display_name     VARCHAR(120),
    phone            VARCHAR(40),
    preferred_locale VARCHAR(20),
    operator         BOOLEAN,
    enabled          BOOLEAN,
    created_at       DATETIME(6),
    PRIMARY KEY (rev, id),
    CONSTRAINT fk_app_user_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

CREATE TABLE billing_account_aud (
    id              BIGINT      NOT NULL,
    rev             BIGINT      NOT NULL,
    revtype         TINYINT,
    tenant_id       VARCHAR(40),
    kind            VARCHAR(20),
    currency        CHAR(3),
    created_at      DATETIME(6),
    enterprise_name VARCHAR(200),
    industry        VARCHAR(100),
    region          VARCHAR(100),
    introduction    VARCHAR(1000),
    contact_name    VARCHAR(120),
    contact_email   VARCHAR(320),
    contact_phone   VARCHAR(40),
    PRIMARY KEY (rev, id),
    CONSTRAINT fk_billing_account_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

CREATE TABLE membership_aud (
    id         BIGINT      NOT NULL,
    rev        BIGINT      NOT NULL,
    revtype    TINYINT,
    tenant_id  VARCHAR(40),
    account_id BIGINT,
    user_id    BIGINT,
    role       VARCHAR(20),
    PRIMARY KEY (rev, id),
    CONSTRAINT fk_membership_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);
