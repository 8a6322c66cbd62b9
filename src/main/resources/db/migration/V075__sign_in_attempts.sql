-- Failed sign-ins per account and per client address, kept in the database so that every node of
-- the application counts the same attempts. The key is a hash: no e-mail or address is stored here.
CREATE TABLE sign_in_attempt (
    key_hash     CHAR(64)    NOT NULL PRIMARY KEY,
    failures     INT         NOT NULL,
    last_failure DATETIME(6) NOT NULL
);
CREATE INDEX ix_sign_in_attempt_last ON sign_in_attempt (last_failure);
