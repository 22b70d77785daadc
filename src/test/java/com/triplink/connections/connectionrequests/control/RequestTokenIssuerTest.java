package com.triplink.connections.connectionrequests.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RequestTokenIssuerTest {

    @Test
    void tokensAreUrlSafeLongAndDistinct() {
        RequestTokenIssuer issuer = new RequestTokenIssuer();
        Set<String> tokens = new HashSet<>();

        for (int i = 0; i < 1000; i++) {
            String token = issuer.newToken();
            assertTrue(token.matches("[A-Za-z0-9_-]{43}"), token);
            tokens.add(token);
        }

        assertEquals(1000, tokens.size());
    }

    @Test
    void theHashIsSha256InHex() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                RequestTokenIssuer.hashOf("abc"), "the SHA-256 test vector of FIPS 180-2");
    }

    @Test
    void onlyTheIssuedTokenMatchesItsStoredHash() {
        RequestTokenIssuer issuer = new RequestTokenIssuer();
        String token = issuer.newToken();
        String stored = RequestTokenIssuer.hashOf(token);

        assertTrue(RequestTokenIssuer.matches(token, stored));
        assertFalse(RequestTokenIssuer.matches(issuer.newToken(), stored), "another token");
        assertFalse(RequestTokenIssuer.matches(token.substring(1), stored), "a part of it");
        assertFalse(RequestTokenIssuer.matches(stored, stored), "the hash itself");
        assertFalse(RequestTokenIssuer.matches(token, null), "no token was issued");
        assertFalse(RequestTokenIssuer.matches(null, stored), "none presented");
        assertFalse(RequestTokenIssuer.matches(token, "abc"), "a damaged hash");
    }
}
