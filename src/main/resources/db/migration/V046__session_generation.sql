-- Every session remembers the generation of its user's sign-ins it started in. Signing out the
-- other sessions (or changing the password) raises the number; a session holding an older one
-- ends at its next request, on whichever application node it lives.
ALTER TABLE app_user ADD COLUMN session_generation BIGINT NOT NULL DEFAULT 0;
