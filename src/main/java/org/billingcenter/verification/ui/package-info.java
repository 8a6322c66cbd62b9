/** Screens of real-name verification: the account's own page and the staff's review queue. */
package org.billingcenter.verification.ui;
