package com.triplink.connections.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Real RS256 tokens for the tests, signed with a key pair made for this test run; the test
 * archives trust its public key.
 */
public final class TestTokens {

    public static final String ISSUER = "https://issuer.test/triplink";
    public static final String PARTNER = "partner";
    public static final String ADMIN = "WebServicesAdmin";

    private static final KeyPair KEYS = newKeyPair();

    private TestTokens() {
    }

    /** A valid token whose groups are these roles. */
    public static String forRoles(String... roles) {
        return sign(KEYS, claims(List.of(roles)).build());
    }

    /** A token signed with another key than the one the service trusts. */
    public static String signedByStranger(String role) {
        return sign(newKeyPair(), claims(List.of(role)).build());
    }

    /** A token that expired an hour ago. */
    public static String expired(String role) {
        Instant past = Instant.now().minusSeconds(7200);
        return sign(KEYS, claims(List.of(role)).issueTime(Date.from(past))
                .expirationTime(Date.from(past.plusSeconds(3600))).build());
    }

    /** A token of another issuer. */
    public static String wrongIssuer(String role) {
        return sign(KEYS, claims(List.of(role)).issuer("https://other.test").build());
    }

    /** A token that becomes valid in an hour ({@code nbf}). */
    public static String notYetValid(String role) {
        Instant later = Instant.now().plusSeconds(3600);
        return sign(KEYS, claims(List.of(role)).notBeforeTime(Date.from(later))
                .expirationTime(Date.from(later.plusSeconds(3600))).build());
    }

    /** A token whose issue time lies an hour ahead. */
    public static String issuedInTheFuture(String role) {
        Instant later = Instant.now().plusSeconds(3600);
        return sign(KEYS, claims(List.of(role)).issueTime(Date.from(later))
                .expirationTime(Date.from(later.plusSeconds(3600))).build());
    }

    /** A token without a {@code groups} claim. */
    public static String withoutGroups() {
        return sign(KEYS, claims(List.of()).claim("groups", null).build());
    }

    /** An unsigned token: header {@code alg: none}, empty signature. */
    public static String unsigned(String role) {
        return new PlainJWT(new PlainHeader.Builder().type(JOSEObjectType.JWT).build(),
                claims(List.of(role)).build()).serialize();
    }

    /** A token signed with HS256, using the service's public key (PEM text) as the secret. */
    public static String hmacWithThePublicKey(String role) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256)
                    .type(JOSEObjectType.JWT).build(), claims(List.of(role)).build());
            jwt.sign(new MACSigner(publicKeyPem().getBytes(StandardCharsets.US_ASCII)));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A valid token whose signature has been altered. */
    public static String withBrokenSignature(String role) {
        String token = forRoles(role);
        int dot = token.lastIndexOf('.');
        char first = token.charAt(dot + 1);
        return token.substring(0, dot + 1) + (first == 'A' ? 'B' : 'A') + token.substring(dot + 2);
    }

    /** A valid token whose claims have been changed after signing (groups widened). */
    public static String withAlteredClaims(String role) {
        String[] parts = forRoles(role).split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"" + role + "\"", "\"" + role + "\",\"" + ADMIN + "\"");
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }

    /** The public key as the PEM text of {@code mp.jwt.verify.publickey}. */
    public static String publicKeyPem() {
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'})
                        .encodeToString(KEYS.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----";
    }

    private static JWTClaimsSet.Builder claims(List<String> roles) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject("test-" + String.join("-", roles))
                .claim("upn", "test-" + String.join("-", roles))
                .claim("groups", roles)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(3600)));
    }

    private static String sign(KeyPair keys, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256)
                    .type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(keys.getPrivate()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
