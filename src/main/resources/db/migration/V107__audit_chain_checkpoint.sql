-- How far each tenant's audit chain has been found intact, so "Check now" hashes only what was
-- sealed since; a full check (staff) starts again from the first revision and resets it.
CREATE TABLE audit_chain_checkpoint (
    tenant_id         VARCHAR(40) NOT NULL PRIMARY KEY,
    verified_seq      BIGINT      NOT NULL,
    verified_hash     CHAR(64)    NOT NULL,
    verified_revision BIGINT      NOT NULL,
    checked_at        TIMESTAMP(6) NOT NULL,
    checks_run        BIGINT      NOT NULL
);
