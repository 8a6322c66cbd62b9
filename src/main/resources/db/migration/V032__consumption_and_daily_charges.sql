-- One rated line per workspace, billing item and day; written once, never changed.
CREATE TABLE consumption_line (
    tenant_id        VARCHAR(40)    NOT NULL,
    usage_day        DATE           NOT NULL,
    workspace_id     BIGINT         NOT NULL,
    item_code        VARCHAR(40)    NOT NULL,
    account_id       BIGINT         NOT NULL,
    site_id          VARCHAR(40)    NOT NULL,
    retention_days   INT            NOT NULL,
    quantity         DECIMAL(19, 4) NOT NULL,
    units            DECIMAL(19, 6) NOT NULL,
    unit_price       DECIMAL(19, 4) NOT NULL,
    amount           DECIMAL(19, 4) NOT NULL,
    currency         CHAR(3)        NOT NULL,
    settlement       VARCHAR(20)    NOT NULL,
    cloud_account_id BIGINT,
    provider         VARCHAR(30),
    PRIMARY KEY (tenant_id, usage_day, workspace_id, item_code)
);
CREATE INDEX ix_consumption_line_account ON consumption_line (tenant_id, account_id, usage_day);

-- What the wallet took for an account, item and day, and which sources paid it.
CREATE TABLE daily_charge (
    tenant_id      VARCHAR(40)    NOT NULL,
    usage_day      DATE           NOT NULL,
    account_id     BIGINT         NOT NULL,
    item_code      VARCHAR(40)    NOT NULL,
    amount         DECIMAL(19, 4) NOT NULL,
    voucher_paid   DECIMAL(19, 4) NOT NULL,
    card_paid      DECIMAL(19, 4) NOT NULL,
    cash_paid      DECIMAL(19, 4) NOT NULL,
    arrears        DECIMAL(19, 4) NOT NULL,
    currency       CHAR(3)        NOT NULL,
    transaction_id BIGINT         NOT NULL,
    PRIMARY KEY (tenant_id, usage_day, account_id, item_code)
);
CREATE INDEX ix_daily_charge_account ON daily_charge (tenant_id, account_id, usage_day);

-- Progress of each day's rating and of each month's bill run: a run that stopped half-way is
-- picked up again, and the idempotency keys make sure nothing is charged twice.
CREATE TABLE billing_run (
    tenant_id   VARCHAR(40)  NOT NULL,
    kind        VARCHAR(10)  NOT NULL,
    period      VARCHAR(10)  NOT NULL,
    status      VARCHAR(20)  NOT NULL,
    step        VARCHAR(40),
    done_count  INT          NOT NULL,
    total_count INT          NOT NULL,
    started_at  DATETIME(6)  NOT NULL,
    finished_at DATETIME(6),
    message     VARCHAR(500),
    PRIMARY KEY (tenant_id, kind, period)
);
