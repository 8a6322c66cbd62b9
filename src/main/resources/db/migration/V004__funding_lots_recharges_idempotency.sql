-- Which funding lot an entry moved (vouchers and cards), and whether its amount may be invoiced.
ALTER TABLE journal_entry ADD COLUMN lot_id BIGINT NULL;
ALTER TABLE journal_entry ADD COLUMN invoiceable BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX ix_journal_entry_lot ON journal_entry (tenant_id, lot_id);
ALTER TABLE journal_transaction ADD COLUMN item_code VARCHAR(40) NULL;

-- Vouchers and stored-value cards: money the customer holds apart from cash. The balance is a
-- cache of the journal's entries for the lot, moved by atomic updates under the wallet's lock.
CREATE TABLE funding_lot (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id   VARCHAR(40)    NOT NULL,
    account_id  BIGINT         NOT NULL,
    kind        VARCHAR(30)    NOT NULL,
    origin      VARCHAR(30)    NOT NULL,
    reference   VARCHAR(100),
    face_value  DECIMAL(19, 4) NOT NULL,
    balance     DECIMAL(19, 4) NOT NULL,
    currency    CHAR(3)        NOT NULL,
    valid_from  DATETIME(6)    NOT NULL,
    expires_at  DATETIME(6)    NOT NULL,
    status      VARCHAR(20)    NOT NULL,
    created_at  DATETIME(6)    NOT NULL,
    version     BIGINT         NOT NULL,
    CONSTRAINT fk_funding_lot_account FOREIGN KEY (account_id) REFERENCES billing_account (id)
);
CREATE INDEX ix_funding_lot_account ON funding_lot (tenant_id, account_id, status, expires_at);

CREATE TABLE funding_lot_aud (
    id          BIGINT NOT NULL,
    rev         BIGINT NOT NULL,
    revtype     TINYINT,
    tenant_id   VARCHAR(40),
    account_id  BIGINT,
    kind        VARCHAR(30),
    origin      VARCHAR(30),
    reference   VARCHAR(100),
    face_value  DECIMAL(19, 4),
    currency    CHAR(3),
    valid_from  DATETIME(6),
    expires_at  DATETIME(6),
    status      VARCHAR(20),
    created_at  DATETIME(6),
    PRIMARY KEY (rev, id),
    CONSTRAINT fk_funding_lot_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

-- Activation codes for ordinary vouchers, issued by an operator, redeemed once by one account.
CREATE TABLE voucher_code (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id           VARCHAR(40)    NOT NULL,
    code                VARCHAR(40)    NOT NULL,
    batch               VARCHAR(40)    NOT NULL,
    face_value          DECIMAL(19, 4) NOT NULL,
    currency            CHAR(3)        NOT NULL,
    validity_days       INT            NOT NULL,
    redeem_by           DATETIME(6)    NOT NULL,
    status              VARCHAR(20)    NOT NULL,
    redeemed_account_id BIGINT,
    redeemed_at         DATETIME(6),
    created_at          DATETIME(6)    NOT NULL,
    version             BIGINT         NOT NULL,
    CONSTRAINT uq_voucher_code UNIQUE (tenant_id, code)
);

CREATE TABLE voucher_code_aud (
    id                  BIGINT NOT NULL,
    rev                 BIGINT NOT NULL,
    revtype             TINYINT,
    tenant_id           VARCHAR(40),
    code                VARCHAR(40),
    batch               VARCHAR(40),
    face_value          DECIMAL(19, 4),
    currency            CHAR(3),
    validity_days       INT,
    redeem_by           DATETIME(6),
    status              VARCHAR(20),
    redeemed_account_id BIGINT,
    redeemed_at         DATETIME(6),
    created_at          DATETIME(6),
    PRIMARY KEY (rev, id),
    CONSTRAINT fk_voucher_code_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

-- Money coming in: online payments through a gateway, or bank remittances an operator confirms.
CREATE TABLE recharge_order (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id         VARCHAR(40)    NOT NULL,
    account_id        BIGINT         NOT NULL,
    method            VARCHAR(30)    NOT NULL,
    amount            DECIMAL(19, 4) NOT NULL,
    currency          CHAR(3)        NOT NULL,
    status            VARCHAR(20)    NOT NULL,
    gateway_reference VARCHAR(100),
    payer_name        VARCHAR(200),
    bank_reference    VARCHAR(100),
    decision_note     VARCHAR(500),
    created_at        DATETIME(6)    NOT NULL,
    completed_at      DATETIME(6),
    version           BIGINT         NOT NULL,
    CONSTRAINT fk_recharge_order_account FOREIGN KEY (account_id) REFERENCES billing_account (id)
);
CREATE UNIQUE INDEX uq_recharge_order_gateway ON recharge_order (tenant_id, gateway_reference);
CREATE INDEX ix_recharge_order_status ON recharge_order (tenant_id, status, created_at);

CREATE TABLE recharge_order_aud (
    id                BIGINT NOT NULL,
    rev               BIGINT NOT NULL,
    revtype           TINYINT,
    tenant_id         VARCHAR(40),
    account_id        BIGINT,
    method            VARCHAR(30),
    amount            DECIMAL(19, 4),
    currency          CHAR(3),
    status            VARCHAR(20),
    gateway_reference VARCHAR(100),
    payer_name        VARCHAR(200),
    bank_reference    VARCHAR(100),
    decision_note     VARCHAR(500),
    created_at        DATETIME(6),
    completed_at      DATETIME(6),
    PRIMARY KEY (rev, id),
    CONSTRAINT fk_recharge_order_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

-- One row per money-moving command: the same key replays the first outcome.
CREATE TABLE idempotency_record (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id    VARCHAR(40)  NOT NULL,
    account_id   BIGINT       NOT NULL,
    idem_key     VARCHAR(100) NOT NULL,
    command      VARCHAR(40)  NOT NULL,
    fingerprint  VARCHAR(64)  NOT NULL,
    outcome      VARCHAR(200) NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    CONSTRAINT uq_idempotency UNIQUE (tenant_id, account_id, idem_key)
);
