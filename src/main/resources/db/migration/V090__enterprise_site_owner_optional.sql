-- A site's owner may be unknown when staff add or import it; the report shows it as not determined.
-- Plan columns keep their codes (STARTER, BUSINESS, …), which are now the codes of the tenant file's plans.
ALTER TABLE ent_site MODIFY owner VARCHAR(200) NULL;
