-- When the person proved the sign-in e-mail is theirs (by the link sent at sign-up); people who
-- signed in before this existed were known to the portal already and count as confirmed.
ALTER TABLE app_user ADD COLUMN email_confirmed_at DATETIME(6) NULL;
ALTER TABLE app_user_aud ADD COLUMN email_confirmed_at DATETIME(6) NULL;
UPDATE app_user SET email_confirmed_at = created_at;

-- Single-use links sent by e-mail or text: only a hash of the secret is kept.
CREATE TABLE account_token (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id   VARCHAR(40) NOT NULL,
    user_id     BIGINT      NOT NULL,
    purpose     VARCHAR(20) NOT NULL,
    token_hash  VARCHAR(64) NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    expires_at  DATETIME(6) NOT NULL,
    used_at     DATETIME(6),
    version     BIGINT      NOT NULL,
    CONSTRAINT uq_account_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_account_token_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);
CREATE INDEX ix_account_token_user ON account_token (tenant_id, user_id, purpose);

-- How often something was asked for in one window, per e-mail address or client address (both
-- kept only as hashes), shared by every application node.
CREATE TABLE send_counter (
    tenant_id    VARCHAR(40) NOT NULL,
    action       VARCHAR(30) NOT NULL,
    subject_hash VARCHAR(64) NOT NULL,
    window_start DATETIME(6) NOT NULL,
    hits         INT         NOT NULL,
    PRIMARY KEY (tenant_id, action, subject_hash, window_start)
);
CREATE INDEX ix_send_counter_window ON send_counter (window_start);
