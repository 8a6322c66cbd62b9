-- An adjustment moves money: a credit goes back to the account's cash, an extra charge is
-- deducted like consumption. The operator's key makes a resubmitted adjustment the same one.
ALTER TABLE bill_adjustment ADD COLUMN idempotency_key VARCHAR(100) NULL;
CREATE UNIQUE INDEX ux_bill_adjustment_key ON bill_adjustment (tenant_id, idempotency_key);
