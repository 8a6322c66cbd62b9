package org.billingcenter.tenant;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * The online payment providers a tenant offers, and for each the NAMES of the environment
 * variables that hold its secrets. A tenant file never holds a secret: the operator sets the
 * variables on the server, and a file holding something that is not a variable's name is refused.
 */
public record Payments(
        List<@NotNull Provider> providers,
        @Valid Stripe stripe,
        @Valid Alipay alipay,
        @Valid WechatPay wechatpay) {

    static final Payments NONE = new Payments(List.of(), null, null, null);

    /** An environment variable's name: upper-case letters, digits and '_'. */
    static final String VARIABLE = "[A-Z_][A-Z0-9_]{0,99}";
    static final String VARIABLE_MESSAGE = "must name an environment variable (A-Z, 0-9 and '_'), never hold the secret itself";

    public Payments {
        providers = providers == null ? List.of() : List.copyOf(providers);
    }

    public enum Provider {
        STRIPE, ALIPAY, WECHATPAY;

        /** The provider's id in addresses, e.g. {@code /api/payments/stripe/webhook}. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Stripe: the secret API key and the signing secret of the webhook endpoint. */
    public record Stripe(
            @NotNull @Pattern(regexp = VARIABLE, message = VARIABLE_MESSAGE) String apiKeyEnv,
            @NotNull @Pattern(regexp = VARIABLE, message = VARIABLE_MESSAGE) String webhookSecretEnv) {
    }

    /** Alipay: the app id, the app's RSA2 private key, and Alipay's public key that signs notifications. */
    public record Alipay(
            @NotNull @Pattern(regexp = VARIABLE, message = VARIABLE_MESSAGE) String appIdEnv,
            @NotNull @Pattern(regexp = VARIABLE, message = VARIABLE_MESSAGE) String privateKeyEnv,
            @NotNull @Pattern(regexp = VARIABLE, message = VARIABLE_MESSAGE) String alipayPublicKeyEnv) {
    }

    /**
     * WeChat Pay v3: merchant id, the app id payments are made for, the merchant's API private key
     * and its certificate serial number, the APIv3 key that encrypts notifications, and the platform
     * public key (with its id) that signs them.
     */
    public record WechatPay(
            @NotNull @Pattern(regexp = VARIABLE, message = VARIABLE_MESSAGE) String merchantIdEnv,
            @NotNull @Pattern(regexp = VARIABLE, message = VARIABLE_MESSAGE) String appIdEnv,
            @NotNull @Pattern(regexp = VARIABLE, message = VARIABLE_MESSAGE) String privateKeyEnv,
            @NotNull @Pattern(regexp = VARIABLE, message = VARIABLE_MESSAGE) String merchantSerialNumberEnv,
            @NotNull @Pattern(regexp = VARIABLE, message = VARIABLE_MESSAGE) String apiV3KeyEnv,
            @NotNull @Pattern(regexp = VARIABLE, message = VARIABLE_MESSAGE) String platformPublicKeyEnv,
            @NotNull @Pattern(regexp = VARIABLE, message = VARIABLE_MESSAGE) String platformPublicKeyIdEnv) {
    }
}
