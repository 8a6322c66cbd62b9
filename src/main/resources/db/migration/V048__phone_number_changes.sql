-- A pending contact change is now of the sign-in e-mail or of the phone number: codes go to the
-- old and to the new phone as text messages, like e-mail codes to the old and new address.
ALTER TABLE contact_change ADD COLUMN kind VARCHAR(10) NOT NULL DEFAULT 'EMAIL';
ALTER TABLE contact_change ADD COLUMN new_phone VARCHAR(40);
ALTER TABLE contact_change MODIFY new_email VARCHAR(320) NULL;
