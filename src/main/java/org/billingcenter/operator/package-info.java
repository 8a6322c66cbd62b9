/**
 * The tenant staff's console: one place that counts what waits for staff and leads to each queue.
 * It owns no data; it asks the features that do (tickets, the wallet's remittances and vouchers),
 * whose services keep the rules, the tenant boundary and the audit trail.
 */
package org.billingcenter.operator;
