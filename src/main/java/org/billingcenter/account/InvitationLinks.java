package org.billingcenter.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import org.billingcenter.tenant.TenantRegistry;
import org.springframework.stereotype.Component;

/**
 * Makes the secret part of an invitation link and the link itself. The link starts at the tenant's
 * configured public URL: a request's scheme and host are whatever its sender (or a proxy) said,
 * and a token sent to an attacker's host or over plain HTTP would be given away.
 */
@Component
class InvitationLinks {

    static final String PATH = "invitation/";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final TenantRegistry tenants;

    InvitationLinks(TenantRegistry tenants) {
        this.tenants = tenants;
    }

    /** 32 random bytes, URL-safe: unguessable, and only its hash is stored. */
    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    String linkFor(String token) {
        return tenants.current().publicUrl() + "/" + PATH + token;
    }
}
