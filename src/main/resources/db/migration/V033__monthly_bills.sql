-- One bill per account and month, issued once; corrections are adjustments beside it.
CREATE TABLE bill (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id    VARCHAR(40)    NOT NULL,
    account_id   BIGINT         NOT NULL,
    period       CHAR(7)        NOT NULL,
    currency     CHAR(3)        NOT NULL,
    total        DECIMAL(19, 4) NOT NULL,
    voucher_paid DECIMAL(19, 4) NOT NULL,
    card_paid    DECIMAL(19, 4) NOT NULL,
    cash_paid    DECIMAL(19, 4) NOT NULL,
    cloud_paid   DECIMAL(19, 4) NOT NULL,
    arrears      DECIMAL(19, 4) NOT NULL,
    status       VARCHAR(20)    NOT NULL,
    issued_at    DATETIME(6)    NOT NULL,
    CONSTRAINT uq_bill_period UNIQUE (tenant_id, account_id, period)
);
CREATE INDEX ix_bill_period ON bill (tenant_id, period, status);

CREATE TABLE bill_line (
    tenant_id    VARCHAR(40)    NOT NULL,
    bill_id      BIGINT         NOT NULL,
    workspace_id BIGINT         NOT NULL,
    item_code    VARCHAR(40)    NOT NULL,
    settlement   VARCHAR(20)    NOT NULL,
    units        DECIMAL(19, 6) NOT NULL,
    amount       DECIMAL(19, 4) NOT NULL,
    PRIMARY KEY (bill_id, workspace_id, item_code, settlement)
);

CREATE TABLE bill_adjustment (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id  VARCHAR(40)    NOT NULL,
    bill_id    BIGINT         NOT NULL,
    amount     DECIMAL(19, 4) NOT NULL,
    currency   CHAR(3)        NOT NULL,
    reason     VARCHAR(500)   NOT NULL,
    created_by VARCHAR(320)   NOT NULL,
    created_at DATETIME(6)    NOT NULL,
    CONSTRAINT fk_bill_adjustment_bill FOREIGN KEY (bill_id) REFERENCES bill (id)
);
CREATE INDEX ix_bill_adjustment_bill ON bill_adjustment (tenant_id, bill_id);
