-- Why a workspace is locked: ARREARS (the wallet's overdue debt) or CLOUD_ENDED (the cloud
-- subscription it settles on closed or expired). Each is lifted by its own remedy.
ALTER TABLE workspace ADD COLUMN lock_reason VARCHAR(20);
ALTER TABLE workspace_aud ADD COLUMN lock_reason VARCHAR(20);
UPDATE workspace SET lock_reason = 'ARREARS' WHERE locked = TRUE;
