-- Successful sign-ins, for the person's own "recent sign-ins" list.
CREATE TABLE sign_in_record (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id   VARCHAR(40)  NOT NULL,
    user_id     BIGINT       NOT NULL,
    signed_in_at DATETIME(6) NOT NULL,
    address     VARCHAR(60)  NOT NULL,
    user_agent  VARCHAR(300) NOT NULL,
    CONSTRAINT fk_sign_in_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);
CREATE INDEX ix_sign_in_user ON sign_in_record (tenant_id, user_id, signed_in_at);

-- A pending change of the sign-in e-mail: one code to the old address, one to the new, stored as
-- hashes only, short-lived and with a bounded number of attempts.
CREATE TABLE contact_change (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id     VARCHAR(40)  NOT NULL,
    user_id       BIGINT       NOT NULL,
    new_email     VARCHAR(320) NOT NULL,
    old_code_hash VARCHAR(64)  NOT NULL,
    new_code_hash VARCHAR(64)  NOT NULL,
    salt          VARCHAR(32)  NOT NULL,
    expires_at    DATETIME(6)  NOT NULL,
    attempts      INT          NOT NULL,
    status        VARCHAR(20)  NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    version       BIGINT       NOT NULL,
    CONSTRAINT fk_contact_change_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);
CREATE INDEX ix_contact_change_user ON contact_change (tenant_id, user_id, status);
