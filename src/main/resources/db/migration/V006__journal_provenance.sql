-- Who posted each journal transaction, from where and why, for the change history. Rows posted
-- before these columns existed have none.
ALTER TABLE journal_transaction ADD COLUMN actor VARCHAR(320) NULL;
ALTER TABLE journal_transaction ADD COLUMN client_address VARCHAR(64) NULL;
ALTER TABLE journal_transaction ADD COLUMN reason VARCHAR(500) NULL;
