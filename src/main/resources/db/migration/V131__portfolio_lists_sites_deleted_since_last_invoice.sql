-- The report's All active sites table also lists the sites deleted since the previous invoice that were
-- active then (listed_active); the invoice still bills only the sites active at its date (active).
-- Portfolios fixed before this change list what they billed.
ALTER TABLE ent_invoice_site ADD COLUMN listed_active BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE ent_invoice_site SET listed_active = active;
CREATE INDEX ix_ent_is_listed_active ON ent_invoice_site (tenant_id, invoice_id, listed_active, site_name, site_id);
ALTER TABLE ent_invoice ADD COLUMN listed_active_sites INT NOT NULL DEFAULT 0;
UPDATE ent_invoice SET listed_active_sites = active_sites;
