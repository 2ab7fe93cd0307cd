package org.tsunagu.store.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Random passwords, API tokens and other secrets, and the digest a token is stored as. */
public final class Secrets {

    /** Marks a string as a Tsunagu token, so that one pasted by mistake is recognised (and found by secret scanners). */
    static final String TOKEN_PREFIX = "tsu_";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder URL_SAFE = Base64.getUrlEncoder().withoutPadding();

    private Secrets() {
    }

    /** 120 random bits as 20 URL-safe characters: easy to copy, impossible to guess. */
    public static String password() {
        return random(15);
    }

    /** 256 random bits. */
    static String token() {
        return TOKEN_PREFIX + random(32);
    }

    /**
     * SHA-256 in hex. A token is random, not chosen by a person, so a fast digest suffices where a
     * password needs a slow one: there is nothing to guess from it.
     */
    static String digest(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    /** So many random bytes as URL-safe text. */
    public static String random(int bytes) {
        byte[] secret = new byte[bytes];
        RANDOM.nextBytes(secret);
        return URL_SAFE.encodeToString(secret);
    }
}
