/** The operators' CSV upload of usage. */
package org.billingcenter.usage.ui;
