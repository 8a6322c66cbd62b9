-- Cloud accounts now wait for the tenant's staff (PENDING, then ACTIVE or REJECTED). A subscription
-- id claimed by a second account goes to that review instead of being refused: whoever types an id
-- first must not be able to block its real holder.
ALTER TABLE cloud_account DROP CONSTRAINT uk_cloud_subscription;
CREATE INDEX ix_cloud_account_subscription ON cloud_account (tenant_id, provider, subscription_id);
