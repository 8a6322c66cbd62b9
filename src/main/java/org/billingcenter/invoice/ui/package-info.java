/** Screens of tax invoices: the account's invoices page and the staff's invoice desk. */
package org.billingcenter.invoice.ui;
