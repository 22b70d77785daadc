package com.triplink.connections.connectionrequests.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.triplink.connections.connectionrequests.entity.Status;
import com.triplink.connections.errors.control.DomainException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PageCursorsTest {

    private static PageCursors withSecret(String secret) {
        PageCursors cursors = new PageCursors();
        cursors.configuredSecret = Optional.ofNullable(secret);
        cursors.init();
        return cursors;
    }

    @Test
    void aCursorLeadsBackToItsPosition() {
        PageCursors cursors = withSecret("s3cret");

        String cursor = cursors.encode(Status.PENDING, 123_456_789L);

        assertEquals(123_456_789L, cursors.decode(Status.PENDING, cursor));
        assertEquals(123_456_789L, withSecret("s3cret").decode(Status.PENDING, cursor),
                "instances with the same secret accept each other's cursors");
    }

    @Test
    void tamperedOrForeignCursorsAreRefused() {
        PageCursors cursors = withSecret("s3cret");
        String cursor = cursors.encode(Status.PENDING, 42);
        String otherPosition = cursors.encode(Status.PENDING, 43);
        String spliced = otherPosition.substring(0, 11) + cursor.substring(11);

        assertNotEquals(cursor, otherPosition);
        for (String forged : new String[] {spliced, "", "%%%", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
                cursor + "A"}) {
            DomainException refused = assertThrows(DomainException.class,
                    () -> cursors.decode(Status.PENDING, forged), forged);
            assertEquals("INVALID_PARAMETER", refused.code());
        }
        assertThrows(DomainException.class, () -> cursors.decode(Status.FAILED, cursor),
                "a cursor belongs to the status it was made for");
        assertThrows(DomainException.class, () -> withSecret("other").decode(Status.PENDING,
                cursor), "a cursor of another secret is refused");
        assertThrows(DomainException.class, () -> withSecret(null).decode(Status.PENDING,
                cursor), "without a secret each instance makes its own");
    }
}
