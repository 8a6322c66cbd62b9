-- Contract invoices, one per invoicing period of a contract.
CREATE TABLE ent_invoice (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id          VARCHAR(40)   NOT NULL,
    account_id         BIGINT        NOT NULL,
    contract_id        BIGINT        NOT NULL,
    invoice_number     VARCHAR(40)   NOT NULL,
    previous_date      DATE          NOT NULL,
    invoice_date       DATE          NOT NULL,
    payment_method     VARCHAR(20)   NOT NULL,
    status             VARCHAR(20)   NOT NULL,
    total              DECIMAL(19,4) NOT NULL,
    currency           CHAR(3)       NOT NULL,
    active_sites       INT           NOT NULL DEFAULT 0,
    version            BIGINT        NOT NULL,
    CONSTRAINT fk_ent_invoice_contract FOREIGN KEY (contract_id) REFERENCES ent_contract (id),
    CONSTRAINT uq_ent_invoice_number UNIQUE (tenant_id, invoice_number),
    CONSTRAINT uq_ent_invoice_period UNIQUE (contract_id, invoice_date)
);
CREATE INDEX ix_ent_invoice_account ON ent_invoice (tenant_id, account_id, invoice_date);

CREATE TABLE ent_invoice_aud (
    id             BIGINT NOT NULL,
    rev            BIGINT NOT NULL,
    revtype        TINYINT,
    tenant_id      VARCHAR(40),
    account_id     BIGINT,
    contract_id    BIGINT,
    invoice_number VARCHAR(40),
    previous_date  DATE,
    invoice_date   DATE,
    payment_method VARCHAR(20),
    status         VARCHAR(20),
    total          DECIMAL(19,4),
    currency       CHAR(3),
    PRIMARY KEY (rev, id),
    CONSTRAINT fk_ent_invoice_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

CREATE TABLE ent_invoice_line (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id   VARCHAR(40)   NOT NULL,
    invoice_id  BIGINT        NOT NULL,
    line_no     INT           NOT NULL,
    kind        VARCHAR(20)   NOT NULL,
    plan        VARCHAR(20),
    quantity    INT           NOT NULL,
    months      INT           NOT NULL,
    unit_price  DECIMAL(19,4) NOT NULL,
    amount      DECIMAL(19,4) NOT NULL,
    CONSTRAINT fk_ent_invoice_line_invoice FOREIGN KEY (invoice_id) REFERENCES ent_invoice (id)
);
CREATE INDEX ix_ent_invoice_line ON ent_invoice_line (invoice_id, line_no);

-- The portfolio as billed: each site of the period with its plans at the two invoice dates and the
-- report tables it belongs to, fixed when the invoice is issued (later site changes do not rewrite
-- an issued invoice's report). One index per table, in the report's order and led by the tenant
-- every query names, answers a page or a count from the index alone.
CREATE TABLE ent_invoice_site (
    invoice_id     BIGINT       NOT NULL,
    site_id        BIGINT       NOT NULL,
    tenant_id      VARCHAR(40)  NOT NULL,
    site_name      VARCHAR(200) NOT NULL,
    owner          VARCHAR(200) NOT NULL,
    department     VARCHAR(100),
    previous_plan  VARCHAR(20),
    current_plan   VARCHAR(20)  NOT NULL,
    created_on     DATE         NOT NULL,
    deactivated_on DATE,
    traffic        BIGINT       NOT NULL,
    upgraded       BOOLEAN      NOT NULL,
    new_over       BOOLEAN      NOT NULL,
    active         BOOLEAN      NOT NULL,
    deactivated    BOOLEAN      NOT NULL,
    PRIMARY KEY (invoice_id, site_id)
);
CREATE INDEX ix_ent_is_active ON ent_invoice_site (tenant_id, invoice_id, active, site_name, site_id);
CREATE INDEX ix_ent_is_upgraded ON ent_invoice_site (tenant_id, invoice_id, upgraded, site_name, site_id);
CREATE INDEX ix_ent_is_new_over ON ent_invoice_site (tenant_id, invoice_id, new_over, site_name, site_id);
CREATE INDEX ix_ent_is_deactivated ON ent_invoice_site (tenant_id, invoice_id, deactivated, site_name, site_id);
CREATE INDEX ix_ent_is_owner ON ent_invoice_site (tenant_id, invoice_id, owner, site_name, site_id);
