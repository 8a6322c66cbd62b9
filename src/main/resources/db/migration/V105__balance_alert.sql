-- The cash level below which an account wants to hear that its balance is low: a fixed amount, or
-- a number of days of its spend. Accounts without a row are warned below three days of spend.
CREATE TABLE balance_alert (
    tenant_id  VARCHAR(40)    NOT NULL,
    account_id BIGINT         NOT NULL,
    kind       VARCHAR(10)    NOT NULL,
    threshold  DECIMAL(19, 4) NOT NULL,
    PRIMARY KEY (tenant_id, account_id)
);
