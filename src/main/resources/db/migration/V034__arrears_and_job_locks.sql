-- A bill that left its account in arrears: the settlement countdown and what came of it.
CREATE TABLE arrears_case (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id  VARCHAR(40)    NOT NULL,
    account_id BIGINT         NOT NULL,
    bill_id    BIGINT         NOT NULL,
    amount     DECIMAL(19, 4) NOT NULL,
    currency   CHAR(3)        NOT NULL,
    opened_at  DATETIME(6)    NOT NULL,
    due_at     DATETIME(6)    NOT NULL,
    status     VARCHAR(20)    NOT NULL,
    reminded   BOOLEAN        NOT NULL,
    closed_at  DATETIME(6),
    CONSTRAINT uq_arrears_case_bill UNIQUE (tenant_id, bill_id)
);
CREATE INDEX ix_arrears_case_status ON arrears_case (tenant_id, status, due_at);

-- ShedLock: one node at a time runs each scheduled billing job.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP(3) NOT NULL,
    locked_at  TIMESTAMP(3) NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);
