-- Enterprise (contract) customers: contracts with plan allotments, and the portfolio of sites they pay for.
CREATE TABLE ent_contract (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id         VARCHAR(40)   NOT NULL,
    account_id        BIGINT        NOT NULL,
    contract_number   VARCHAR(40)   NOT NULL,
    starts_on         DATE          NOT NULL,
    ends_on           DATE          NOT NULL,
    payment_method    VARCHAR(20)   NOT NULL,
    invoicing_months  INT           NOT NULL,
    platform_fee      DECIMAL(19,4) NOT NULL,
    currency          CHAR(3)       NOT NULL,
    version           BIGINT        NOT NULL,
    CONSTRAINT fk_ent_contract_account FOREIGN KEY (account_id) REFERENCES billing_account (id),
    CONSTRAINT uq_ent_contract_number UNIQUE (tenant_id, contract_number)
);
CREATE INDEX ix_ent_contract_account ON ent_contract (tenant_id, account_id);

CREATE TABLE ent_contract_aud (
    id               BIGINT NOT NULL,
    rev              BIGINT NOT NULL,
    revtype          TINYINT,
    tenant_id        VARCHAR(40),
    account_id       BIGINT,
    contract_number  VARCHAR(40),
    starts_on        DATE,
    ends_on          DATE,
    payment_method   VARCHAR(20),
    invoicing_months INT,
    platform_fee     DECIMAL(19,4),
    currency         CHAR(3),
    PRIMARY KEY (rev, id),
    CONSTRAINT fk_ent_contract_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

-- How many sites of a plan the contract includes, at what monthly price, and what each site beyond costs.
CREATE TABLE ent_allotment (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id      VARCHAR(40)   NOT NULL,
    contract_id    BIGINT        NOT NULL,
    plan           VARCHAR(20)   NOT NULL,
    sites          INT           NOT NULL,
    monthly_price  DECIMAL(19,4) NOT NULL,
    overage_price  DECIMAL(19,4) NOT NULL,
    version        BIGINT        NOT NULL,
    CONSTRAINT fk_ent_allotment_contract FOREIGN KEY (contract_id) REFERENCES ent_contract (id),
    CONSTRAINT uq_ent_allotment_plan UNIQUE (contract_id, plan)
);

CREATE TABLE ent_allotment_aud (
    id            BIGINT NOT NULL,
    rev           BIGINT NOT NULL,
    revtype       TINYINT,
    tenant_id     VARCHAR(40),
    contract_id   BIGINT,
    plan          VARCHAR(20),
    sites         INT,
    monthly_price DECIMAL(19,4),
    overage_price DECIMAL(19,4),
    PRIMARY KEY (rev, id),
    CONSTRAINT fk_ent_allotment_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

-- Sites are numbered by the application (id_block) so a large portfolio loads in multi-row inserts.
CREATE TABLE ent_site (
    id              BIGINT        NOT NULL PRIMARY KEY,
    tenant_id       VARCHAR(40)   NOT NULL,
    account_id      BIGINT        NOT NULL,
    contract_id     BIGINT        NOT NULL,
    name            VARCHAR(200)  NOT NULL,
    owner           VARCHAR(200)  NOT NULL,
    department      VARCHAR(100),
    initial_plan    VARCHAR(20)   NOT NULL,
    plan            VARCHAR(20)   NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    created_on      DATE          NOT NULL,
    plan_changed_on DATE,
    frozen_on       DATE,
    deactivated_on  DATE,
    deleted         BOOLEAN       NOT NULL,
    monthly_traffic BIGINT        NOT NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT fk_ent_site_contract FOREIGN KEY (contract_id) REFERENCES ent_contract (id)
);
CREATE INDEX ix_ent_site_contract ON ent_site (tenant_id, contract_id, created_on);

CREATE TABLE ent_site_aud (
    id              BIGINT NOT NULL,
    rev             BIGINT NOT NULL,
    revtype         TINYINT,
    tenant_id       VARCHAR(40),
    account_id      BIGINT,
    contract_id     BIGINT,
    name            VARCHAR(200),
    owner           VARCHAR(200),
    department      VARCHAR(100),
    initial_plan    VARCHAR(20),
    plan            VARCHAR(20),
    status          VARCHAR(20),
    created_on      DATE,
    plan_changed_on DATE,
    frozen_on       DATE,
    deactivated_on  DATE,
    deleted         BOOLEAN,
    monthly_traffic BIGINT,
    PRIMARY KEY (rev, id),
    CONSTRAINT fk_ent_site_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

-- Every plan change of a site, automatic (traffic over the plan's limit) or by the customer. Append-only.
CREATE TABLE ent_site_plan_change (
    id          BIGINT      NOT NULL PRIMARY KEY,
    tenant_id   VARCHAR(40) NOT NULL,
    site_id     BIGINT      NOT NULL,
    changed_on  DATE        NOT NULL,
    from_plan   VARCHAR(20) NOT NULL,
    to_plan     VARCHAR(20) NOT NULL,
    automatic   BOOLEAN     NOT NULL
);
CREATE INDEX ix_ent_plan_change_site ON ent_site_plan_change (site_id, changed_on);

INSERT INTO id_block (name, next_value) VALUES ('ent_site', 1);
INSERT INTO id_block (name, next_value) VALUES ('ent_site_plan_change', 1);
