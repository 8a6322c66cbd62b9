-- The cash balance is a cache of the journal's CUSTOMER_CASH entries, moved by atomic updates.
CREATE TABLE wallet (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id    VARCHAR(40)    NOT NULL,
    account_id   BIGINT         NOT NULL,
    currency     CHAR(3)        NOT NULL,
    cash_balance DECIMAL(19, 4) NOT NULL,
    created_at   DATETIME(6)    NOT NULL,
    CONSTRAINT uq_wallet_account UNIQUE (tenant_id, account_id),
    CONSTRAINT fk_wallet_account FOREIGN KEY (account_id) REFERENCES billing_account (id)
);

-- Append-only: rows are inserted once and never updated or deleted.
CREATE TABLE journal_transaction (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id   VARCHAR(40)  NOT NULL,
    account_id  BIGINT       NOT NULL,
    kind        VARCHAR(30)  NOT NULL,
    description VARCHAR(300) NOT NULL,
    occurred_at DATETIME(6)  NOT NULL,
    value_date  DATE         NOT NULL,
    CONSTRAINT fk_journal_transaction_account FOREIGN KEY (account_id) REFERENCES billing_account (id)
);
CREATE INDEX ix_journal_transaction_account_day ON journal_transaction (tenant_id, account_id, value_date);

CREATE TABLE journal_entry (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id      VARCHAR(40)    NOT NULL,
    transaction_id BIGINT         NOT NULL,
    ledger         VARCHAR(30)    NOT NULL,
    account_id     BIGINT         NOT NULL,
    amount         DECIMAL(19, 4) NOT NULL,
    currency       CHAR(3)        NOT NULL,
    CONSTRAINT fk_journal_entry_transaction FOREIGN KEY (transaction_id) REFERENCES journal_transaction (id)
);
CREATE INDEX ix_journal_entry_account_ledger ON journal_entry (tenant_id, account_id, ledger);
