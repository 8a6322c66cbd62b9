-- Journal transaction ids are handed out by the application in blocks, so that many transactions
-- (and their entries, which reference them) can be written in one multi-row insert.
CREATE TABLE id_block (
    name       VARCHAR(40) NOT NULL PRIMARY KEY,
    next_value BIGINT      NOT NULL
);
INSERT INTO id_block (name, next_value)
SELECT 'journal_transaction', COALESCE(MAX(id), 0) + 1 FROM journal_transaction;
