-- Which online payment provider an order was opened with, and the provider's link the payer uses
-- (a hosted checkout page, or the content of a QR code). Orders before this were simulated.
ALTER TABLE recharge_order ADD COLUMN provider VARCHAR(20);
ALTER TABLE recharge_order ADD COLUMN provider_link VARCHAR(2048);
ALTER TABLE recharge_order_aud ADD COLUMN provider VARCHAR(20);
