-- Every recharge, and every batch of payment callbacks, asks which of its accounts have an open or
-- locked arrears case: this index answers for each account alone, where the tenant's index made the
-- server read all of the tenant's cases, closed ones included.
CREATE INDEX ix_arrears_case_account ON arrears_case (tenant_id, account_id, status);
