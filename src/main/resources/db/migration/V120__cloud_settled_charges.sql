-- What vouchers and stored-value cards paid of an account's cloud-settled usage of one item on one
-- day, per cloud account; the rest went to that cloud account. The journal transaction is absent
-- when the account held no voucher or card that could pay.
CREATE TABLE cloud_charge (
    tenant_id        VARCHAR(40)    NOT NULL,
    usage_day        DATE           NOT NULL,
    account_id       BIGINT         NOT NULL,
    cloud_account_id BIGINT         NOT NULL,
    item_code        VARCHAR(40)    NOT NULL,
    amount           DECIMAL(19, 4) NOT NULL,
    voucher_paid     DECIMAL(19, 4) NOT NULL,
    card_paid        DECIMAL(19, 4) NOT NULL,
    cloud_paid       DECIMAL(19, 4) NOT NULL,
    currency         CHAR(3)        NOT NULL,
    transaction_id   BIGINT,
    PRIMARY KEY (tenant_id, usage_day, account_id, cloud_account_id, item_code)
);
CREATE INDEX ix_cloud_charge_account ON cloud_charge (tenant_id, account_id, usage_day);
