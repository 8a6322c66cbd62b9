-- A day's row is now also written while it is still open (closed_at empty): intake holds it for
-- the length of its transaction and rating closes it, so the two take turns on each day.
ALTER TABLE usage_closed_day MODIFY COLUMN closed_at DATETIME(6) NULL;
