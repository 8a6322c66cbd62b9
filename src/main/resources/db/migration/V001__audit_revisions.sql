-- One row per audited change set, shared by all tenants: the tenant is recorded on it.
CREATE TABLE audit_revision (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    revision_timestamp BIGINT       NOT NULL,
    tenant_id          VARCHAR(40),
    actor              VARCHAR(320) NOT NULL,
    client_address     VARCHAR(64),
    reason             VARCHAR(500)
);
CREATE INDEX ix_audit_revision_tenant ON audit_revision (tenant_id, id);
