-- Hourly usage as reported. The key is the sender's source id: a record sent again is the same
-- row, never a second one. usage_day is the tenant's calendar day of the hour.
CREATE TABLE usage_record (
    tenant_id    VARCHAR(40)    NOT NULL,
    source_id    VARCHAR(100)   NOT NULL,
    workspace_id BIGINT         NOT NULL,
    item_code    VARCHAR(40)    NOT NULL,
    usage_hour   DATETIME       NOT NULL,
    usage_day    DATE           NOT NULL,
    quantity     DECIMAL(19, 4) NOT NULL,
    PRIMARY KEY (tenant_id, source_id)
);
-- Covers the daily aggregation (GROUP BY workspace, item, hour) without touching the rows.
CREATE INDEX ix_usage_record_day ON usage_record (tenant_id, usage_day, workspace_id, item_code, usage_hour, quantity);

-- Days whose usage has been rated: usage for them is refused, so a bill never misses what came late.
CREATE TABLE usage_closed_day (
    tenant_id VARCHAR(40) NOT NULL,
    usage_day DATE        NOT NULL,
    closed_at DATETIME(6) NOT NULL,
    PRIMARY KEY (tenant_id, usage_day)
);
