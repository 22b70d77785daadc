package com.triplink.connections.connectionrequests.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Makes request tokens: 256 bits from a cryptographic random source, as URL-safe text. Only
 * their SHA-256 hash is ever stored.
 */
@ApplicationScoped
public class RequestTokenIssuer {

    private static final int TOKEN_BYTES = 32;
    private static final int HASH_HEX_LENGTH = 64;

    /**
     * A generator per thread: the default one of Linux (NativePRNG) serialises every caller
     * of the JVM on one lock, which concurrent polls queued on. DRBG instances (NIST SP
     * 800-90A, seeded from the system's entropy) share nothing.
     */
    private final ThreadLocal<SecureRandom> random = ThreadLocal.withInitial(() -> {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("DRBG is part of every Java runtime since 9", e);
        }
    });

    /** A new random token. */
    public String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.get().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The hash under which a token is stored, as lower-case hex. */
    public static String hashOf(String token) {
        return HexFormat.of().formatHex(digest(token));
    }

    /**
     * Whether a presented token is the one whose hash is stored. The hashes are compared in
     * constant time, so the answer time tells nothing about how much of a guess was right.
     * (The token exchange endpoint is its caller; it does not exist yet.)
     */
    public static boolean matches(String presented, String storedHash) {
        if (presented == null || storedHash == null || storedHash.length() != HASH_HEX_LENGTH) {
            return false;
        }
        return MessageDigest.isEqual(digest(presented), HexFormat.of().parseHex(storedHash));
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
