/**
 * Real-name verification of a billing account: an individual (name and resident ID number) or an
 * enterprise (licence name, unified social credit code and the licence image), reviewed by the
 * tenant's staff. Other features ask {@link org.billingcenter.verification.VerificationService}
 * for the verified identity, e.g. invoices, whose title is the verified name.
 */
package org.billingcenter.verification;
