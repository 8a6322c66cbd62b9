-- E-mail waiting for delivery (or delivered), written in the transaction of the change that sends it.
CREATE TABLE mail_outbox (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id  VARCHAR(40)   NOT NULL,
    recipient  VARCHAR(320)  NOT NULL,
    subject    VARCHAR(300)  NOT NULL,
    body       VARCHAR(4000) NOT NULL,
    status     VARCHAR(20)   NOT NULL,
    attempts   INT           NOT NULL,
    created_at DATETIME(6)   NOT NULL,
    sent_at    DATETIME(6),
    version    BIGINT        NOT NULL
);
CREATE INDEX ix_mail_outbox_status ON mail_outbox (tenant_id, status, id);
CREATE INDEX ix_mail_outbox_recipient ON mail_outbox (tenant_id, recipient);
