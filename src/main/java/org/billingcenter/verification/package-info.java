/**
 * Real-name verification of a billing account, of the kind the tenant file names: PRC (an
 * individual with name and resident ID number, or an enterprise with licence name, unified social
 * credit code and the licence image) or international (a person's full name or a company's name,
 * tax or VAT id, billing address and country). The tenant's staff review both. Other features ask
 * {@link org.billingcenter.verification.VerificationService} for the verified identity, e.g.
 * invoices, whose title is the verified name.
 */
package org.billingcenter.verification;
