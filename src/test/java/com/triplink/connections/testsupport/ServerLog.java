package com.triplink.connections.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Captures the server's log as the Arquillian adapter copies it to this JVM's standard output,
 * so tests can check what the service logged.
 */
public final class ServerLog {

    private static final int MAX_BYTES = 64 * 1024 * 1024;
    private static final ByteArrayOutputStream CAPTURED = new ByteArrayOutputStream();

    static {
        PrintStream original = System.out;
        System.setOut(new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                original.write(b);
                capture(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                original.write(bytes, offset, length);
                capture(bytes, offset, length);
            }
        }, true, StandardCharsets.UTF_8));
    }

    private ServerLog() {
    }

    /** Starts capturing, if it has not started yet. */
    public static void capture() {
        // the static initialiser does the work
    }

    /** Waits until the log contains the text, at most for the timeout. */
    public static boolean waitFor(String text, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!contains(text)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
        }
        return true;
    }

    /** Whether the log captured so far contains the text. */
    public static boolean contains(String text) {
        synchronized (CAPTURED) {
            return CAPTURED.toString(StandardCharsets.UTF_8).contains(text);
        }
    }

    private static void capture(byte[] bytes, int offset, int length) {
        synchronized (CAPTURED) {
            if (CAPTURED.size() < MAX_BYTES) {
                CAPTURED.write(bytes, offset, length);
            }
        }
    }
}
