-- What the Site Portfolio Report's first screen shows about an issued invoice, fixed when the
-- invoice is issued (its portfolio never changes afterwards): the size of each of the four tables,
-- the active sites per plan and the distinct site owners. Reading them costs a few rows instead of
-- counting and grouping the invoice's whole portfolio each time the report opens.
ALTER TABLE ent_invoice ADD COLUMN upgraded_sites INT NOT NULL DEFAULT 0;
ALTER TABLE ent_invoice ADD COLUMN new_over_sites INT NOT NULL DEFAULT 0;
ALTER TABLE ent_invoice ADD COLUMN deactivated_sites INT NOT NULL DEFAULT 0;

CREATE TABLE ent_invoice_plan_sites (
    invoice_id   BIGINT      NOT NULL,
    tenant_id    VARCHAR(40) NOT NULL,
    plan         VARCHAR(20) NOT NULL,
    active_sites INT         NOT NULL,
    PRIMARY KEY (invoice_id, plan)
);

CREATE TABLE ent_invoice_owner (
    invoice_id BIGINT       NOT NULL,
    tenant_id  VARCHAR(40)  NOT NULL,
    owner      VARCHAR(200) NOT NULL,
    PRIMARY KEY (invoice_id, owner)
);

UPDATE ent_invoice SET
    upgraded_sites = (SELECT COUNT(*) FROM ent_invoice_site s WHERE s.invoice_id = ent_invoice.id AND s.upgraded = TRUE),
    new_over_sites = (SELECT COUNT(*) FROM ent_invoice_site s WHERE s.invoice_id = ent_invoice.id AND s.new_over = TRUE),
    deactivated_sites = (SELECT COUNT(*) FROM ent_invoice_site s WHERE s.invoice_id = ent_invoice.id AND s.deactivated = TRUE);

INSERT INTO ent_invoice_plan_sites (invoice_id, tenant_id, plan, active_sites)
SELECT invoice_id, MIN(tenant_id), current_plan, COUNT(*) FROM ent_invoice_site WHERE active = TRUE GROUP BY invoice_id, current_plan;

INSERT INTO ent_invoice_owner (invoice_id, tenant_id, owner)
SELECT invoice_id, MIN(tenant_id), owner FROM ent_invoice_site GROUP BY invoice_id, owner;
