-- Contract invoices are payable until their due date; staff record the payments that arrive against them.
ALTER TABLE ent_invoice ADD COLUMN due_on DATE NULL;
ALTER TABLE ent_invoice ADD COLUMN paid DECIMAL(19,4) NOT NULL DEFAULT 0;
UPDATE ent_invoice SET due_on = invoice_date + INTERVAL '30' DAY;
UPDATE ent_invoice SET paid = total WHERE status = 'PAID';
ALTER TABLE ent_invoice_aud ADD COLUMN due_on DATE NULL;
ALTER TABLE ent_invoice_aud ADD COLUMN paid DECIMAL(19,4) NULL;
CREATE INDEX ix_ent_invoice_due ON ent_invoice (tenant_id, status, due_on);

CREATE TABLE ent_invoice_payment (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id   VARCHAR(40)   NOT NULL,
    invoice_id  BIGINT        NOT NULL,
    amount      DECIMAL(19,4) NOT NULL,
    currency    CHAR(3)       NOT NULL,
    paid_on     DATE          NOT NULL,
    reference   VARCHAR(100)  NOT NULL,
    version     BIGINT        NOT NULL,
    CONSTRAINT fk_ent_invoice_payment_invoice FOREIGN KEY (invoice_id) REFERENCES ent_invoice (id)
);
CREATE INDEX ix_ent_invoice_payment_invoice ON ent_invoice_payment (tenant_id, invoice_id);

CREATE TABLE ent_invoice_payment_aud (
    id         BIGINT NOT NULL,
    rev        BIGINT NOT NULL,
    revtype    TINYINT,
    tenant_id  VARCHAR(40),
    invoice_id BIGINT,
    amount     DECIMAL(19,4),
    currency   CHAR(3),
    paid_on    DATE,
    reference  VARCHAR(100),
    PRIMARY KEY (rev, id),
    CONSTRAINT fk_ent_invoice_payment_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);
