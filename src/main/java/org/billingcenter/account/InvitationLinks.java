package org.billingcenter.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import org.springframework.stereotype.Component;

/** Makes the secret part of an invitation link and the link itself ({@link PortalLinks} says where links start). */
@Component
class InvitationLinks {

    static final String PATH = "invitation/";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PortalLinks links;

    InvitationLinks(PortalLinks links) {
        this.links = links;
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
        return links.to(PATH + token);
    }
}
