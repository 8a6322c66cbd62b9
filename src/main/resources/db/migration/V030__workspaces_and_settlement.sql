-- Workspaces of a billing account, each in one site of the tenant. Unbinding keeps the row (and
-- its usage and bills); only its status changes.
CREATE TABLE workspace (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id      VARCHAR(40)  NOT NULL,
    account_id     BIGINT       NOT NULL,
    name           VARCHAR(120) NOT NULL,
    site_id        VARCHAR(40)  NOT NULL,
    retention_days INT,
    status         VARCHAR(20)  NOT NULL,
    locked         BOOLEAN      NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    version        BIGINT       NOT NULL,
    CONSTRAINT fk_workspace_account FOREIGN KEY (account_id) REFERENCES billing_account (id)
);
CREATE INDEX ix_workspace_account ON workspace (tenant_id, account_id);

CREATE TABLE workspace_aud (
    id             BIGINT NOT NULL,
    rev            BIGINT NOT NULL,
    revtype        TINYINT,
    tenant_id      VARCHAR(40),
    account_id     BIGINT,
    name           VARCHAR(120),
    site_id        VARCHAR(40),
    retention_days INT,
    status         VARCHAR(20),
    locked         BOOLEAN,
    created_at     DATETIME(6),
    PRIMARY KEY (rev, id),
    CONSTRAINT fk_workspace_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

-- How a workspace's consumption is settled from a day on: the wallet, or a cloud account. The
-- row with the latest effective day not after D is the method in force on D; no row means WALLET.
CREATE TABLE workspace_settlement (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id        VARCHAR(40) NOT NULL,
    workspace_id     BIGINT      NOT NULL,
    account_id       BIGINT      NOT NULL,
    effective_from   DATE        NOT NULL,
    method           VARCHAR(20) NOT NULL,
    cloud_account_id BIGINT,
    provider         VARCHAR(30),
    created_at       DATETIME(6) NOT NULL,
    version          BIGINT      NOT NULL,
    CONSTRAINT uq_workspace_settlement UNIQUE (tenant_id, workspace_id, effective_from),
    CONSTRAINT fk_workspace_settlement_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id)
);

CREATE TABLE workspace_settlement_aud (
    id               BIGINT NOT NULL,
    rev              BIGINT NOT NULL,
    revtype          TINYINT,
    tenant_id        VARCHAR(40),
    workspace_id     BIGINT,
    account_id       BIGINT,
    effective_from   DATE,
    method           VARCHAR(20),
    cloud_account_id BIGINT,
    provider         VARCHAR(30),
    created_at       DATETIME(6),
    PRIMARY KEY (rev, id),
    CONSTRAINT fk_workspace_settlement_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);
