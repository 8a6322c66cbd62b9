-- Invitations to join a billing account's team. Only a hash of the link's token is kept.
CREATE TABLE invitation (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id   VARCHAR(40)  NOT NULL,
    account_id  BIGINT       NOT NULL,
    email       VARCHAR(320) NOT NULL,
    role        VARCHAR(20)  NOT NULL,
    token_hash  VARCHAR(64)  NOT NULL,
    status      VARCHAR(20)  NOT NULL,
    invited_by  VARCHAR(320) NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    expires_at  DATETIME(6)  NOT NULL,
    accepted_at DATETIME(6),
    version     BIGINT       NOT NULL,
    CONSTRAINT uq_invitation_token UNIQUE (tenant_id, token_hash),
    CONSTRAINT fk_invitation_account FOREIGN KEY (account_id) REFERENCES billing_account (id)
);
CREATE INDEX ix_invitation_account ON invitation (tenant_id, account_id, status);

CREATE TABLE invitation_aud (
    id          BIGINT NOT NULL,
    rev         BIGINT NOT NULL,
    revtype     TINYINT,
    tenant_id   VARCHAR(40),
    account_id  BIGINT,
    email       VARCHAR(320),
    role        VARCHAR(20),
    status      VARCHAR(20),
    invited_by  VARCHAR(320),
    created_at  DATETIME(6),
    expires_at  DATETIME(6),
    accepted_at DATETIME(6),
    PRIMARY KEY (rev, id),
    CONSTRAINT fk_invitation_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);
