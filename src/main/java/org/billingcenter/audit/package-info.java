/**
 * Change history. Every audited change writes an Envers revision that records the tenant, the
 * actor, the client address and an optional reason; {@link org.billingcenter.audit.AuditService}
 * is the only way to read history and always filters it to the current tenant, because Envers'
 * own queries do not.
 */
package org.billingcenter.audit;
