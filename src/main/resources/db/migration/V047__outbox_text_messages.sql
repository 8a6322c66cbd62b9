-- The outbox also carries text messages to phones (codes for a change of phone number), written
-- and retried like e-mail; a text message has no subject of its own.
ALTER TABLE outbox_message ADD COLUMN channel VARCHAR(10) NOT NULL DEFAULT 'EMAIL';
