-- The income and expenditure list pages through an account's transactions newest first: this
-- index gives it each page without sorting the account's whole history.
CREATE INDEX ix_journal_transaction_account_time ON journal_transaction (tenant_id, account_id, occurred_at, id);
