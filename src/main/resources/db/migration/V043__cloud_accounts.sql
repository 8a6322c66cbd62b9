-- Cloud marketplace accounts an account settles through (as its tenant allows).
CREATE TABLE cloud_account (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id       VARCHAR(40)  NOT NULL,
    account_id      BIGINT       NOT NULL,
    provider        VARCHAR(30)  NOT NULL,
    cloud_account_id VARCHAR(80) NOT NULL,
    subscription_id VARCHAR(120) NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    bound_at        DATETIME(6)  NOT NULL,
    bound_by        VARCHAR(320) NOT NULL,
    ended_at        DATETIME(6),
    version         BIGINT       NOT NULL,
    CONSTRAINT uk_cloud_subscription UNIQUE (tenant_id, provider, subscription_id),
    CONSTRAINT fk_cloud_account_account FOREIGN KEY (account_id) REFERENCES billing_account (id)
);
CREATE INDEX ix_cloud_account_account ON cloud_account (tenant_id, account_id, status);

CREATE TABLE cloud_account_aud (
    id              BIGINT NOT NULL,
    rev             BIGINT NOT NULL,
    revtype         TINYINT,
    tenant_id       VARCHAR(40),
    account_id      BIGINT,
    provider        VARCHAR(30),
    cloud_account_id VARCHAR(80),
    subscription_id VARCHAR(120),
    status          VARCHAR(20),
    bound_at        DATETIME(6),
    bound_by        VARCHAR(320),
    ended_at        DATETIME(6),
    PRIMARY KEY (rev, id),
    CONSTRAINT fk_cloud_account_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);
