-- Staff may let one account choose any settlement method for its workspaces, whatever cloud
-- subscription they are on ("arbitrary selection of settlement method"); audited like the account.
ALTER TABLE billing_account ADD COLUMN any_settlement_method BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE billing_account_aud ADD COLUMN any_settlement_method BOOLEAN;
