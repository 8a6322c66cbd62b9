/**
 * The change history pages: every audited change of the reader's account (for the tenant's
 * staff, of any account) with field-level differences, an entity's state at a chosen moment,
 * CSV export, and the check of the history's hash chain.
 */
package org.billingcenter.audit.ui;
