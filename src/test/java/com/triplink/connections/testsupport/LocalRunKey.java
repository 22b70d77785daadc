package com.triplink.connections.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The key of the local run, made and used by the real {@code dev/DevToken.java} (in a working
 * directory under {@code target}, so the developer's own key is left alone).
 */
public final class LocalRunKey {

    /** The issuer that dev/DevToken.java writes into its tokens. */
    public static final String ISSUER = "https://triplink.local/dev";

    private static final Path WORKING_DIRECTORY = Path.of("target", "local-run").toAbsolutePath();

    private LocalRunKey() {
    }

    /** A token for these roles, as {@code java dev/DevToken.java} prints it. */
    public static String token(String... roles) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                Path.of("dev", "DevToken.java").toAbsolutePath().toString()));
        command.addAll(List.of(roles));
        return run(command).trim();
    }

    /** The public key of the local run as PEM text (made on first use). */
    public static String publicKeyPem() {
        token("partner");
        try {
            return Files.readString(WORKING_DIRECTORY.resolve("data/dev-keys/public-key.pem"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String run(List<String> command) {
        try {
            Files.createDirectories(WORKING_DIRECTORY);
            Process process = new ProcessBuilder(command).directory(WORKING_DIRECTORY.toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String output = new String(process.getInputStream().readAllBytes(),
                    StandardCharsets.UTF_8);
            if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("dev/DevToken.java failed: " + command);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
