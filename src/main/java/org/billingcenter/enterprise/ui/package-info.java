/** Screens of the enterprise billing centre: invoices, the Site Portfolio Report, chargebacks and spend. */
package org.billingcenter.enterprise.ui;
