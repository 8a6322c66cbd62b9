package org.billingcenter.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import org.billingcenter.tenant.TenantRegistry;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Makes the secret part of an invitation link and the link itself. The link points at the host
 * the inviter is using (so it reaches the same tenant's portal), else at the tenant's first host.
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
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes) {
            return ServletUriComponentsBuilder.fromCurrentContextPath().path("/" + PATH + token).toUriString();
        }
        return "https://" + tenants.current().hosts().getFirst() + "/" + PATH + token;
    }
}
