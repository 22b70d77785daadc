package com.triplink.connections.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * A Payara Micro started as a process of its own on a free port, for tests that run outside
 * Arquillian or need the exact command line of a deployment. Its log goes to a file under
 * {@code target}.
 */
public final class MicroProcess implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofMinutes(4);

    private final Process process;
    private final Path log;
    private final URI base;

    private MicroProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.base = URI.create("http://127.0.0.1:" + port + "/");
    }

    /** Writes the archive to {@code target/<name>.war} and returns its path. */
    public static Path export(WebArchive archive, String name) {
        Path file = Path.of("target", name + ".war").toAbsolutePath();
        archive.as(ZipExporter.class).exportTo(file.toFile(), true);
        return file;
    }

    /**
     * Starts Payara Micro with the WAR and these environment variables, system properties and
     * Payara Micro options, and waits until the application answers.
     */
    public static MicroProcess start(String name, Path war, Map<String, String> environment,
            Map<String, String> systemProperties, List<String> microOptions) {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Djava.io.tmpdir=" + Path.of("target").toAbsolutePath()));
        systemProperties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        String preBoot = Path.of("server-config", "pre-boot-commands.asadmin")
                .toAbsolutePath().toString();
        command.addAll(List.of("-jar", System.getProperty("payara.microJar"),
                "--deploy", war.toString(), "--contextroot", "/", "--port",
                String.valueOf(port), "--nohazelcast", "--prebootcommandfile", preBoot));
        command.addAll(microOptions);
        Path log = Path.of("target", name + "-server.log").toAbsolutePath();
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            MicroProcess micro = new MicroProcess(builder.start(), log, port);
            micro.awaitReady();
            return micro;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The server root, such as {@code http://127.0.0.1:39123/}. */
    public URI base() {
        return base;
    }

    /** The server's log so far. */
    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(1, TimeUnit.MINUTES)) {
                process.destroyForcibly().waitFor(1, TimeUnit.MINUTES);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitReady() {
        Api api = new Api(base);
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro stopped; see " + log);
            }
            if (log().contains("Exception while loading the app")) {
                close();
                throw new IllegalStateException("The WAR did not deploy; see " + log);
            }
            if (log().contains(" ready in ") && answers(api)) {
                return;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(200));
        }
        close();
        throw new IllegalStateException("Payara Micro was not ready in " + STARTUP + "; see "
                + log);
    }

    private static boolean answers(Api api) {
        try {
            return api.call("openapi").get().statusCode() == 200;
        } catch (UncheckedIOException e) {
            return false;
        }
    }

    /** A TCP port that nothing listens on right now. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
