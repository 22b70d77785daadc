package com.triplink.connections.platform.boundary;

import com.triplink.connections.errors.control.DomainException;
import com.triplink.connections.errors.control.ErrorKind;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses request bodies over the configured size ({@link BodyLimits}) with 413: at once when
 * Content-Length says so, and otherwise as soon as more bytes arrive than allowed, so an
 * oversized body is never read whole.
 */
@Provider
@PreMatching
public class BodySizeLimitFilter implements ContainerRequestFilter {

    @Inject
    BodyLimits limits;

    @Override
    public void filter(ContainerRequestContext request) {
        long maxBodyBytes = limits.limitFor(request.getUriInfo());
        if (request.getLength() > maxBodyBytes) {
            throw tooLarge(maxBodyBytes);
        }
        request.setEntityStream(new LimitedInputStream(request.getEntityStream(), maxBodyBytes));
    }

    private static DomainException tooLarge(long limit) {
        return new DomainException(ErrorKind.PAYLOAD_TOO_LARGE, "PAYLOAD_TOO_LARGE",
                "The request body is larger than the " + limit + " bytes this service accepts.");
    }

    private static final class LimitedInputStream extends FilterInputStream {

        private final long limit;
        private long count;

        LimitedInputStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int value = super.read();
            if (value >= 0) {
                counted(1);
            }
            return value;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                counted(read);
            }
            return read;
        }

        private void counted(long bytes) {
            count += bytes;
            if (count > limit) {
                throw tooLarge(limit);
            }
        }
    }
}
