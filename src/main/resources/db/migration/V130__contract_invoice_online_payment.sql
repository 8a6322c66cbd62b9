-- Contract invoices paid online through the tenant's payment providers: each payment opened at a
-- provider, settled once by the provider's verified notification.
CREATE TABLE ent_invoice_online_payment (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id    VARCHAR(40)   NOT NULL,
    invoice_id   BIGINT        NOT NULL,
    account_id   BIGINT        NOT NULL,
    provider     VARCHAR(20)   NOT NULL,
    reference    VARCHAR(40),
    checkout_url VARCHAR(2000),
    amount       DECIMAL(19,4) NOT NULL,
    currency     CHAR(3)       NOT NULL,
    status       VARCHAR(20)   NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    completed_at DATETIME(6),
    version      BIGINT        NOT NULL,
    CONSTRAINT fk_ent_invoice_online_payment_invoice FOREIGN KEY (invoice_id) REFERENCES ent_invoice (id)
);
CREATE UNIQUE INDEX ux_ent_invoice_online_payment_reference ON ent_invoice_online_payment (tenant_id, reference);
CREATE INDEX ix_ent_invoice_online_payment_invoice ON ent_invoice_online_payment (tenant_id, invoice_id, status);
