/**
 * The wallet's screens: the account holder's wallet (figures, balance chart, recharge, voucher
 * redemption, stored-value cards, income and expenditure and lot details with CSV export), the
 * simulated payment provider's checkout page, and the operator's wallet console. Views only lay
 * out, call the wallet services and translate their refusals.
 */
package org.billingcenter.wallet.ui;
