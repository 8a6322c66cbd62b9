-- The in-app notification centre of a billing account.
CREATE TABLE notification (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id  VARCHAR(40)  NOT NULL,
    account_id BIGINT       NOT NULL,
    kind       VARCHAR(40)  NOT NULL,
    message    VARCHAR(1000) NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    read_at    DATETIME(6)
);
CREATE INDEX ix_notification_account ON notification (tenant_id, account_id, created_at);

-- E-mail waiting to be sent, and what happened when it was.
CREATE TABLE outbox_message (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id  VARCHAR(40)   NOT NULL,
    recipient  VARCHAR(320)  NOT NULL,
    subject    VARCHAR(300)  NOT NULL,
    body       VARCHAR(6000) NOT NULL,
    status     VARCHAR(20)   NOT NULL,
    attempts   INT           NOT NULL,
    last_error VARCHAR(500),
    created_at DATETIME(6)   NOT NULL,
    sent_at    DATETIME(6)
);
CREATE INDEX ix_outbox_message_status ON outbox_message (tenant_id, status, id);
