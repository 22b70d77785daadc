package com.triplink.connections.connectionrequests.control;

import com.triplink.connections.connectionrequests.entity.Status;
import com.triplink.connections.errors.control.DomainException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes and checks the opaque {@code offset} cursors of the listing. A cursor holds the key of
 * the last item of a page and a MAC over it and the listed status, so a cursor that this
 * service did not make is recognised and refused.
 */
@ApplicationScoped
public class PageCursors {

    private static final Logger LOG = Logger.getLogger(PageCursors.class.getName());
    private static final String ALGORITHM = "HmacSHA256";
    private static final int MAC_BYTES = 16;

    @Inject
    @ConfigProperty(name = "triplink.paging.cursor-secret")
    Optional<String> configuredSecret;

    private SecretKeySpec key;

    @PostConstruct
    void init() {
        byte[] secret;
        if (configuredSecret.isPresent() && !configuredSecret.get().isBlank()) {
            secret = configuredSecret.get().getBytes(StandardCharsets.UTF_8);
        } else {
            secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            LOG.info("No triplink.paging.cursor-secret set: NextPage cursors are valid until "
                    + "this instance restarts and only on this instance");
        }
        key = new SecretKeySpec(secret, ALGORITHM);
    }

    /** The cursor that continues a listing of {@code status} after the item with this key. */
    public String encode(Status status, long afterId) {
        byte[] position = ByteBuffer.allocate(Long.BYTES).putLong(afterId).array();
        ByteBuffer cursor = ByteBuffer.allocate(Long.BYTES + MAC_BYTES)
                .put(position).put(mac(status, position));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(cursor.array());
    }

    /**
     * The key after which a listing of {@code status} continues.
     *
     * @throws DomainException when the cursor was not made by this service for that status
     */
    public long decode(Status status, String cursor) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(cursor.trim());
        } catch (IllegalArgumentException e) {
            throw forged();
        }
        if (bytes.length != Long.BYTES + MAC_BYTES) {
            throw forged();
        }
        byte[] position = Arrays.copyOf(bytes, Long.BYTES);
        byte[] mac = Arrays.copyOfRange(bytes, Long.BYTES, bytes.length);
        if (!MessageDigest.isEqual(mac, mac(status, position))) {
            throw forged();
        }
        return ByteBuffer.wrap(position).getLong();
    }

    private byte[] mac(Status status, byte[] position) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update(status.name().getBytes(StandardCharsets.US_ASCII));
            return Arrays.copyOf(mac.doFinal(position), MAC_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private static DomainException forged() {
        return DomainException.invalid("INVALID_PARAMETER", "offset is not a cursor this service "
                + "made for this status; take NextPage from a previous answer, or leave offset out "
                + "to start from the first page.");
    }
}
