/**
 * Demo data for every tenant, so the portal can be tried at once: an operator, an account with a
 * person in each role, and a month of spend. Written through the features' own services, and
 * only when switched on ({@code billing.demo-data.enabled}), on the production database only in a
 * declared demo deployment ({@code billing.demo-data.demo-deployment}); it is skipped where it exists.
 */
package org.billingcenter.demo;
