/** Screens of billing: monthly bills and their detail, consumption details, and the operators' billing runs. */
package org.billingcenter.billing.ui;
