/**
 * The real online payment providers behind the wallet's {@code PaymentGateway} port (Stripe, Alipay,
 * WeChat Pay), each through its provider's own SDK: opening a payment for a recharge order, and
 * believing a provider's notification only once its signature checks out with the tenant's keys.
 * What a notification says is settled by the wallet's callback path; see {@code docs/payments.md}.
 */
package org.billingcenter.wallet.provider;
