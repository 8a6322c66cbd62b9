-- Tamper evidence: each revision of a tenant is sealed with a hash over its content and the hash
-- of the tenant's previous sealed revision, at a position (chain_seq) in the tenant's chain.
ALTER TABLE audit_revision ADD COLUMN chain_seq BIGINT NULL;
ALTER TABLE audit_revision ADD COLUMN previous_hash CHAR(64) NULL;
ALTER TABLE audit_revision ADD COLUMN chain_hash CHAR(64) NULL;
CREATE UNIQUE INDEX uq_audit_revision_chain ON audit_revision (tenant_id, chain_seq);

-- The end of each tenant's chain; sealing locks this row, so one sealer extends a chain at a time.
CREATE TABLE audit_chain_head (
    tenant_id VARCHAR(40) NOT NULL PRIMARY KEY,
    last_seq  BIGINT      NOT NULL,
    last_hash CHAR(64)    NOT NULL
);
