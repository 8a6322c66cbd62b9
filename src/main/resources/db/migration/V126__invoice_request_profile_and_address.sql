-- Which profile and mailing address a request was made with, so that one a live request still
-- uses cannot be deleted. Older requests name none: they keep their own copy of both.
ALTER TABLE invoice_request ADD COLUMN profile_id BIGINT;
ALTER TABLE invoice_request ADD COLUMN address_id BIGINT;
ALTER TABLE invoice_request_aud ADD COLUMN profile_id BIGINT;
ALTER TABLE invoice_request_aud ADD COLUMN address_id BIGINT;
CREATE INDEX ix_invoice_request_profile ON invoice_request (tenant_id, profile_id);
CREATE INDEX ix_invoice_request_address ON invoice_request (tenant_id, address_id);
