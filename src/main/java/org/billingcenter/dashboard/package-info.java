/** The first page after sign-in: where the account stands and what it has spent this month. */
package org.billingcenter.dashboard;
