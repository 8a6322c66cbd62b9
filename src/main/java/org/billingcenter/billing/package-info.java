/**
 * From usage to money. Each day's usage is rated with the tenant's price list into consumption
 * lines (per workspace, item and day), and the wallet-settled lines are charged through the
 * wallet's deduction service, one charge per account, item and day with an idempotency key, so a
 * re-run or an interrupted run never charges twice; cloud-settled lines are paid by the account's
 * vouchers and stored-value cards first and the rest is recorded for their cloud account. After each month closes every account gets one immutable bill (lines per
 * workspace × item, what vouchers, cards, cash and cloud accounts paid, what is in arrears).
 * A bill leaving arrears starts a settlement countdown that ends in locked workspaces unless a
 * recharge clears it.
 */
package org.billingcenter.billing;
