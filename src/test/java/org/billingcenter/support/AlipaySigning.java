package org.billingcenter.support;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Plays Alipay's side of the keys: two RSA key pairs made for this test run (the app's, whose
 * private key the portal signs with, and Alipay's, whose public key the portal checks with), and
 * notifications signed as Alipay signs them: RSA2 (SHA256withRSA, Base64) over the fields other
 * than {@code sign} and {@code sign_type}, sorted by name, as {@code k=v} joined by {@code &}.
 */
public final class AlipaySigning {

    public static final String APP_ID = "2021000000000001";
    private static final KeyPair APP = generate();
    private static final KeyPair ALIPAY = generate();
    private static final KeyPair SOMEONE_ELSE = generate();

    private AlipaySigning() {
    }

    public static String appPrivateKey() {
        return Base64.getEncoder().encodeToString(APP.getPrivate().getEncoded());
    }

    public static String appPublicKey() {
        return Base64.getEncoder().encodeToString(APP.getPublic().getEncoded());
    }

    public static String alipayPublicKey() {
        return Base64.getEncoder().encodeToString(ALIPAY.getPublic().getEncoded());
    }

    /** A notification body as Alipay posts it (form-encoded), signed with Alipay's key. */
    public static String notification(Map<String, String> fields) {
        return form(signed(fields, ALIPAY.getPrivate()));
    }

    /** The same, signed with a key that is not Alipay's. */
    public static String forgedNotification(Map<String, String> fields) {
        return form(signed(fields, SOMEONE_ELSE.getPrivate()));
    }

    public static Map<String, String> signed(Map<String, String> fields, PrivateKey key) {
        Map<String, String> all = new TreeMap<>(fields);
        all.put("sign_type", "RSA2");
        all.put("sign", sign(content(fields), key));
        return all;
    }

    /** Alipay's own signature over a text (its API answers are signed so too). */
    public static String signByAlipay(String content) {
        return sign(content, ALIPAY.getPrivate());
    }

    static String content(Map<String, String> fields) {
        return new TreeMap<>(fields).entrySet().stream().filter(field -> !field.getKey().equals("sign") && !field.getKey().equals("sign_type"))
                .map(field -> field.getKey() + "=" + field.getValue()).collect(Collectors.joining("&"));
    }

    static String sign(String content, PrivateKey key) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(content.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    /** Checks a signature the portal made with the app's key (its page-payment addresses are signed so). */
    public static boolean signedByApp(Map<String, String> fields) {
        // A request's signature covers every parameter but sign itself (sign_type included).
        String content = new TreeMap<>(fields).entrySet().stream().filter(field -> !field.getKey().equals("sign") && !field.getValue().isEmpty())
                .map(field -> field.getKey() + "=" + field.getValue()).collect(Collectors.joining("&"));
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initVerify(APP.getPublic());
            signature.update(content.getBytes(StandardCharsets.UTF_8));
            return signature.verify(Base64.getDecoder().decode(fields.get("sign")));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
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
