package org.billingcenter.wallet;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where the payment providers are reached, and whether the simulated one exists. The providers'
 * secrets are not here: each tenant file names the environment variables that hold its own.
 *
 * @param simulated the simulated provider (a development tool; off in production)
 * @param maxWebhookSize the largest webhook body read; a larger one is refused before it is read
 * @param stripe Stripe's API address (another only for tests)
 * @param alipay Alipay's gateway address (the sandbox's, or a test's)
 * @param wechatpay WeChat Pay's API address (another only for tests)
 */
@ConfigurationProperties("billing.payments")
public record PaymentProperties(@DefaultValue Simulated simulated, @DefaultValue("128KB") DataSize maxWebhookSize,
        @DefaultValue Stripe stripe, @DefaultValue Alipay alipay, @DefaultValue WechatPay wechatpay) {

    public record Simulated(@DefaultValue("false") boolean enabled) {
    }

    public record Stripe(@DefaultValue("https://api.stripe.com") String apiBase) {
    }

    public record Alipay(@DefaultValue("https://openapi.alipay.com/gateway.do") String gatewayUrl) {
    }

    public record WechatPay(@DefaultValue("https://api.mch.weixin.qq.com") String apiBase) {
    }
}
