/**
 * Tax invoices: the account's invoice profiles and mailing addresses, requests for invoices over
 * invoiceable documents, and their issue (a PDF), mailing or rejection by the tenant's staff.
 * Documents come from {@link org.billingcenter.invoice.InvoiceableSource} beans that other features
 * provide (stored-value card purchases, monthly bills), so this feature depends on none of them.
 */
package org.billingcenter.invoice;
