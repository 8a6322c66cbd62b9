-- International real-name verification: a tax or VAT id (up to 30 characters, which a person may
-- not have), the billing address and the country, beside the ones last verified.
ALTER TABLE real_name_verification MODIFY id_number VARCHAR(30) NULL;
ALTER TABLE real_name_verification MODIFY verified_number VARCHAR(30);
ALTER TABLE real_name_verification ADD COLUMN country VARCHAR(2);
ALTER TABLE real_name_verification ADD COLUMN billing_address VARCHAR(300);
ALTER TABLE real_name_verification ADD COLUMN verified_country VARCHAR(2);
ALTER TABLE real_name_verification ADD COLUMN verified_address VARCHAR(300);

ALTER TABLE real_name_verification_aud MODIFY id_number VARCHAR(30);
ALTER TABLE real_name_verification_aud MODIFY verified_number VARCHAR(30);
ALTER TABLE real_name_verification_aud ADD COLUMN country VARCHAR(2);
ALTER TABLE real_name_verification_aud ADD COLUMN billing_address VARCHAR(300);
ALTER TABLE real_name_verification_aud ADD COLUMN verified_country VARCHAR(2);
ALTER TABLE real_name_verification_aud ADD COLUMN verified_address VARCHAR(300);
