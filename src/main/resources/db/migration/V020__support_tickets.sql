-- Support tickets: a customer's question and the thread of replies with the tenant's staff.
CREATE TABLE support_ticket (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id         VARCHAR(40)  NOT NULL,
    account_id        BIGINT       NOT NULL,
    ticket_type       VARCHAR(40)  NOT NULL,
    subject           VARCHAR(200) NOT NULL,
    status            VARCHAR(30)  NOT NULL,
    opened_by_user_id BIGINT       NOT NULL,
    opened_by_name    VARCHAR(120) NOT NULL,
    opened_by_email   VARCHAR(320) NOT NULL,
    assignee_user_id  BIGINT,
    assignee_name     VARCHAR(120),
    created_at        DATETIME(6)  NOT NULL,
    updated_at        DATETIME(6)  NOT NULL,
    resolved_at       DATETIME(6),
    closed_at         DATETIME(6),
    rating            INT,
    rating_comment    VARCHAR(500),
    version           BIGINT       NOT NULL,
    CONSTRAINT fk_support_ticket_account FOREIGN KEY (account_id) REFERENCES billing_account (id)
);
CREATE INDEX ix_support_ticket_account ON support_ticket (tenant_id, account_id, created_at);
CREATE INDEX ix_support_ticket_status ON support_ticket (tenant_id, status, updated_at);

CREATE TABLE support_ticket_aud (
    id                BIGINT NOT NULL,
    rev               BIGINT NOT NULL,
    revtype           TINYINT,
    tenant_id         VARCHAR(40),
    account_id        BIGINT,
    ticket_type       VARCHAR(40),
    subject           VARCHAR(200),
    status            VARCHAR(30),
    opened_by_user_id BIGINT,
    opened_by_name    VARCHAR(120),
    opened_by_email   VARCHAR(320),
    assignee_user_id  BIGINT,
    assignee_name     VARCHAR(120),
    created_at        DATETIME(6),
    updated_at        DATETIME(6),
    resolved_at       DATETIME(6),
    closed_at         DATETIME(6),
    rating            INT,
    rating_comment    VARCHAR(500),
    PRIMARY KEY (rev, id),
    CONSTRAINT fk_support_ticket_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

-- The thread: messages both ways, staff-only internal notes and status changes. Append-only.
CREATE TABLE ticket_entry (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id      VARCHAR(40)   NOT NULL,
    ticket_id      BIGINT        NOT NULL,
    kind           VARCHAR(20)   NOT NULL,
    author_user_id BIGINT        NOT NULL,
    author_name    VARCHAR(120)  NOT NULL,
    staff          BOOLEAN       NOT NULL,
    body           VARCHAR(4000),
    new_status     VARCHAR(30),
    created_at     DATETIME(6)   NOT NULL,
    CONSTRAINT fk_ticket_entry_ticket FOREIGN KEY (ticket_id) REFERENCES support_ticket (id)
);
CREATE INDEX ix_ticket_entry_ticket ON ticket_entry (tenant_id, ticket_id, id);

CREATE TABLE ticket_entry_aud (
    id             BIGINT NOT NULL,
    rev            BIGINT NOT NULL,
    revtype        TINYINT,
    tenant_id      VARCHAR(40),
    ticket_id      BIGINT,
    kind           VARCHAR(20),
    author_user_id BIGINT,
    author_name    VARCHAR(120),
    staff          BOOLEAN,
    body           VARCHAR(4000),
    new_status     VARCHAR(30),
    created_at     DATETIME(6),
    PRIMARY KEY (rev, id),
    CONSTRAINT fk_ticket_entry_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

-- Files sent with a message; their type was checked from their content.
CREATE TABLE ticket_attachment (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id    VARCHAR(40)  NOT NULL,
    ticket_id    BIGINT       NOT NULL,
    entry_id     BIGINT       NOT NULL,
    file_name    VARCHAR(200) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    content      LONGBLOB     NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    CONSTRAINT fk_ticket_attachment_entry FOREIGN KEY (entry_id) REFERENCES ticket_entry (id)
);
CREATE INDEX ix_ticket_attachment_ticket ON ticket_attachment (tenant_id, ticket_id);
