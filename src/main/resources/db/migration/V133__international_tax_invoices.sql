-- International tax invoices are made out to billing details: the buyer's name (kept as the
-- profile's company name, the request's title), a tax or VAT id of up to 30 characters, the
-- billing address and the country. The request copies them, as it copies the PRC registration.
ALTER TABLE invoice_profile MODIFY tax_number VARCHAR(30);
ALTER TABLE invoice_profile ADD COLUMN company_name VARCHAR(200);
ALTER TABLE invoice_profile ADD COLUMN billing_address VARCHAR(300);
ALTER TABLE invoice_profile ADD COLUMN country VARCHAR(2);
ALTER TABLE invoice_profile_aud MODIFY tax_number VARCHAR(30);
ALTER TABLE invoice_profile_aud ADD COLUMN company_name VARCHAR(200);
ALTER TABLE invoice_profile_aud ADD COLUMN billing_address VARCHAR(300);
ALTER TABLE invoice_profile_aud ADD COLUMN country VARCHAR(2);

ALTER TABLE invoice_request MODIFY tax_number VARCHAR(30);
ALTER TABLE invoice_request ADD COLUMN billing_address VARCHAR(300);
ALTER TABLE invoice_request ADD COLUMN country VARCHAR(2);
ALTER TABLE invoice_request_aud MODIFY tax_number VARCHAR(30);
ALTER TABLE invoice_request_aud ADD COLUMN billing_address VARCHAR(300);
ALTER TABLE invoice_request_aud ADD COLUMN country VARCHAR(2);
