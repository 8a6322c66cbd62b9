-- An e-mail may carry files (a contract invoice's Site Portfolio Report); kept apart from the
-- message so the outbox page and the retry run never read the bytes.
CREATE TABLE outbox_attachment (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id    VARCHAR(40)  NOT NULL,
    message_id   BIGINT       NOT NULL,
    file_name    VARCHAR(200) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    content      LONGBLOB     NOT NULL,
    CONSTRAINT fk_outbox_attachment_message FOREIGN KEY (message_id) REFERENCES outbox_message (id)
);
CREATE INDEX ix_outbox_attachment_message ON outbox_attachment (tenant_id, message_id);
