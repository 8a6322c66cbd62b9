/**
 * Usage as workspaces report it: hourly quantities per workspace and billing item, each with the
 * sender's source id, received over a REST endpoint (per-tenant API key, JSON or CSV) or an
 * operator's CSV upload. A record sent twice is stored once. A batch with any bad row is refused
 * whole, and the answer names each bad row and why. Rating reads the day's totals from here.
 */
package org.billingcenter.usage;
