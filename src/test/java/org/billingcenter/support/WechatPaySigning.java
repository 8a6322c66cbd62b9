package org.billingcenter.support;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Plays WeChat Pay's side of the v3 keys, made for this test run: the merchant's API key pair (the
 * portal signs requests with its private key), the platform key pair whose public key (with its id)
 * the portal checks answers and notifications with, and the APIv3 key. Notifications are made as
 * WeChat Pay makes them: the transaction encrypted AEAD_AES_256_GCM with the APIv3 key, the body
 * signed SHA256withRSA over {@code timestamp\nnonce\nbody\n}, sent with the {@code Wechatpay-*} headers.
 */
public final class WechatPaySigning {

    public static final String MERCHANT_ID = "1900000109";
    public static final String APP_ID = "wxd678efh567hg6787";
    public static final String MERCHANT_SERIAL_NUMBER = "5157F09EFDC096DE15EBE81A47057A7232F1B8E1";
    public static final String PLATFORM_PUBLIC_KEY_ID = "PUB_KEY_ID_0119000001092026111500000000000001";
    public static final String API_V3_KEY = "billingcentertestapiv3key0123456";
    private static final KeyPair MERCHANT = generate();
    private static final KeyPair PLATFORM = generate();
    private static final KeyPair SOMEONE_ELSE = generate();
    private static final SecureRandom RANDOM = new SecureRandom();

    private WechatPaySigning() {
    }

    public static String merchantPrivateKey() {
        return Base64.getEncoder().encodeToString(MERCHANT.getPrivate().getEncoded());
    }

    public static String platformPublicKey() {
        return Base64.getEncoder().encodeToString(PLATFORM.getPublic().getEncoded());
    }

    /** The environment of a deployment of lumen-cn with these keys (the names its tenant file gives). */
    public static Map<String, String> environment() {
        return Map.of("LUMEN_CN_WECHATPAY_MERCHANT_ID", MERCHANT_ID, "LUMEN_CN_WECHATPAY_APP_ID", APP_ID,
                "LUMEN_CN_WECHATPAY_PRIVATE_KEY", merchantPrivateKey(), "LUMEN_CN_WECHATPAY_MERCHANT_SERIAL_NUMBER", MERCHANT_SERIAL_NUMBER,
                "LUMEN_CN_WECHATPAY_API_V3_KEY", API_V3_KEY, "LUMEN_CN_WECHATPAY_PLATFORM_PUBLIC_KEY", platformPublicKey(),
                "LUMEN_CN_WECHATPAY_PLATFORM_PUBLIC_KEY_ID", PLATFORM_PUBLIC_KEY_ID);
    }

    /** A notification as WeChat Pay sends it: its headers and its body. */
    public record Notice(Map<String, String> headers, String body) {
    }

    /** A payment notification of a transaction (the JSON WeChat Pay encrypts), signed with the platform key. */
    public static Notice notification(String transactionJson) {
        return notification(transactionJson, PLATFORM.getPrivate(), API_V3_KEY);
    }

    /** The same, signed with a key that is not the platform's. */
    public static Notice forgedNotification(String transactionJson) {
        return notification(transactionJson, SOMEONE_ELSE.getPrivate(), API_V3_KEY);
    }

    /** Signed by the platform, but encrypted with another APIv3 key than the merchant's. */
    public static Notice notificationEncryptedWith(String transactionJson, String apiV3Key) {
        return notification(transactionJson, PLATFORM.getPrivate(), apiV3Key);
    }

    static Notice notification(String transactionJson, PrivateKey signingKey, String apiV3Key) {
        String nonce = nonce();
        String body = """
                {"id":"EV-%s","create_time":"2026-11-15T12:00:00+08:00","resource_type":"encrypt-resource",\
                "event_type":"TRANSACTION.SUCCESS","summary":"支付成功","resource":{"original_type":"transaction",\
                "algorithm":"AEAD_AES_256_GCM","ciphertext":"%s","associated_data":"transaction","nonce":"%s"}}"""
                .formatted(nonce, encrypt(transactionJson, apiV3Key, nonce, "transaction"), nonce);
        return new Notice(signedHeaders(body, signingKey), body);
    }

    /** A transaction as WeChat Pay describes it. */
    public static String transaction(String reference, String state, int totalFen, String currency) {
        return """
                {"appid":"%s","mchid":"%s","out_trade_no":"%s","transaction_id":"4200000%s","trade_type":"NATIVE",\
                "trade_state":"%s","trade_state_desc":"%s","bank_type":"OTHERS","success_time":"2026-11-15T12:00:00+08:00",\
                "payer":{"openid":"oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"},"amount":{"total":%d,"payer_total":%d,"currency":"%s","payer_currency":"%s"}}"""
                .formatted(APP_ID, MERCHANT_ID, reference, Math.abs(reference.hashCode()), state, state, totalFen, totalFen, currency, currency);
    }

    /** The headers WeChat Pay signs an answer or a notification with. */
    public static Map<String, String> signedHeaders(String body, PrivateKey key) {
        String timestamp = String.valueOf(Instant.now().getEpochSecond());
        String nonce = nonce();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Wechatpay-Serial", PLATFORM_PUBLIC_KEY_ID);
        headers.put("Wechatpay-Timestamp", timestamp);
        headers.put("Wechatpay-Nonce", nonce);
        headers.put("Wechatpay-Signature", sign(timestamp + "\n" + nonce + "\n" + body + "\n", key));
        headers.put("Wechatpay-Signature-Type", "WECHATPAY2-SHA256-RSA2048");
        return headers;
    }

    static Map<String, String> signedByPlatform(String body) {
        return signedHeaders(body, PLATFORM.getPrivate());
    }

    private static String encrypt(String plain, String apiV3Key, String nonce, String associatedData) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(apiV3Key.getBytes(StandardCharsets.UTF_8), "AES"),
                    new GCMParameterSpec(128, nonce.getBytes(StandardCharsets.UTF_8)));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sign(String message, PrivateKey key) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(message.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String nonce() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes); // 12 characters: the GCM nonce WeChat Pay uses
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
