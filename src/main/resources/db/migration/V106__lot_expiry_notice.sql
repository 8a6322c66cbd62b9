-- Which vouchers and cards their account has been told are about to expire: one notice per lot,
-- whichever node's job gets there first.
CREATE TABLE lot_expiry_notice (
    tenant_id  VARCHAR(40) NOT NULL,
    lot_id     BIGINT      NOT NULL,
    noticed_at DATETIME(6) NOT NULL,
    PRIMARY KEY (tenant_id, lot_id)
);
