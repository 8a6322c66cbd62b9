/**
 * The enterprise billing centre for contract customers: contracts with plan allotments, the
 * portfolio of sites they pay for (with automatic upgrades when a site outgrows its plan),
 * contract invoices and their PDF, the Site Portfolio Report of each invoice, chargebacks to
 * departments and spend analysis. Only for ENTERPRISE accounts, and only for their Administrators.
 */
package org.billingcenter.enterprise;
