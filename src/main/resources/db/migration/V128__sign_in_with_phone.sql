-- A verified phone number signs in like the e-mail address, so it must name one person per
-- tenant. Until now a number was only ever kept after its code was confirmed: those count as
-- verified from today.
ALTER TABLE app_user ADD COLUMN phone_verified_at DATETIME(6);
ALTER TABLE app_user_aud ADD COLUMN phone_verified_at DATETIME(6);
UPDATE app_user SET phone_verified_at = CURRENT_TIMESTAMP(6) WHERE phone IS NOT NULL;
CREATE UNIQUE INDEX ux_app_user_phone ON app_user (tenant_id, phone);
