package org.billingcenter.wallet.provider;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.wechat.pay.java.core.RSAPublicKeyConfig;
import com.wechat.pay.java.core.http.DefaultHttpClientBuilder;
import com.wechat.pay.java.core.http.HttpClient;

import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

import org.billingcenter.tenant.Payments;
import org.billingcenter.tenant.TenantDefinition;
import org.billingcenter.wallet.PaymentSecrets;

/**
 * The SDK's configuration per tenant (merchant key, platform public key, APIv3 key), built once,
 * and its HTTP client: the SDK fixes WeChat Pay's host, so the client it accepts is one whose
 * requests go to {@code billing.payments.wechatpay.api-base} (WeChat Pay's own address unless a
 * test points it at a stub).
 */
final class WechatPayClients {

    private final PaymentSecrets secrets;
    private final HttpUrl apiBase;
    private final Map<String, RSAPublicKeyConfig> configs = new ConcurrentHashMap<>();

    WechatPayClients(PaymentSecrets secrets, String apiBase) {
        this.secrets = secrets;
        this.apiBase = HttpUrl.get(URI.create(apiBase).toString());
    }

    RSAPublicKeyConfig config(TenantDefinition tenant) {
        return configs.computeIfAbsent(tenant.id(), id -> {
            Payments.WechatPay settings = tenant.payments().wechatpay();
            return new RSAPublicKeyConfig.Builder()
                    .merchantId(secrets.require(settings.merchantIdEnv()))
                    .privateKey(secrets.require(settings.privateKeyEnv()))
                    .merchantSerialNumber(secrets.require(settings.merchantSerialNumberEnv()))
                    .publicKey(secrets.require(settings.platformPublicKeyEnv()))
                    .publicKeyId(secrets.require(settings.platformPublicKeyIdEnv()))
                    .apiV3Key(secrets.require(settings.apiV3KeyEnv()))
                    .build();
        });
    }

    HttpClient httpClient(TenantDefinition tenant) {
        OkHttpClient okHttp = new OkHttpClient.Builder().addInterceptor(chain -> chain.proceed(chain.request().newBuilder()
                .url(chain.request().url().newBuilder().scheme(apiBase.scheme()).host(apiBase.host()).port(apiBase.port()).build())
                .build())).build();
        return new DefaultHttpClientBuilder().config(config(tenant)).okHttpClient(okHttp).build();
    }
}
