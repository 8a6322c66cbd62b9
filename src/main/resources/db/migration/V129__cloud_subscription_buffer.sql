-- A cloud subscription the marketplace reports abnormal (overdue, suspended) gets a 14-day buffer
-- before its workspaces lock: when it turned abnormal, and when the account was reminded near the end.
ALTER TABLE cloud_account ADD COLUMN abnormal_since DATETIME(6);
ALTER TABLE cloud_account ADD COLUMN buffer_reminded_at DATETIME(6);
ALTER TABLE cloud_account_aud ADD COLUMN abnormal_since DATETIME(6);
ALTER TABLE cloud_account_aud ADD COLUMN buffer_reminded_at DATETIME(6);
CREATE INDEX ix_cloud_account_status ON cloud_account (tenant_id, status);
