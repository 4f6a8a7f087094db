package io.hybriddal.testservers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * A memcached server on 127.0.0.1 and a free port, for tests. {@link #start()} returns once the
 * server answers {@code version}; {@link #kill()} and {@link #restart()} play crashes (a restarted
 * server is empty, as a real one would be). Every process still running when the JVM exits is
 * killed by a shutdown hook, so a crashed test run leaves nothing behind.
 *
 * <p>Skips the calling test (or fails it when {@code HYBRIDDAL_REQUIRE_SERVERS=1}) when the
 * memcached binary is missing; see {@link ServerBinaries}. Methods are synchronized: a test may
 * kill the server from one thread while another polls it.
 */
public final class MemcachedProcess implements AutoCloseable {

    /** How long a fresh server may take to answer; memcached is usually ready in under 50 ms. */
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(10);
    private static final int PORT_ATTEMPTS = 3;
    private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(
                () -> LIVE.forEach(Process::destroyForcibly), "memcached-process-reaper"));
    }

    private final Path binary;
    private final int port;
    private final List<String> extraArgs;
    private final Map<String, String> environment;
    /** With SASL ({@code -S}) memcached speaks only the binary protocol, even to {@code version}. */
    private final boolean binaryOnly;
    private final Path log;
    private Process process;

    private MemcachedProcess(Path binary, int port, List<String> extraArgs, Map<String, String> environment,
                             Path log) {
        this.binary = binary;
        this.port = port;
        this.extraArgs = List.copyOf(extraArgs);
        this.environment = Map.copyOf(environment);
        this.binaryOnly = extraArgs.contains("-S") || extraArgs.contains("--enable-sasl");
        this.log = log;
    }

    /** Starts a 64 MB memcached with default options on a free loopback port. */
    public static MemcachedProcess start() {
        return start(List.of(), Map.of());
    }

    /**
     * Starts memcached with {@code extraArgs} appended to the defaults (for example
     * {@code List.of("-I", "4m")}, or {@code List.of("-S")} with {@code SASL_CONF_PATH} in
     * {@code environment} for SASL) and {@code environment} added to this JVM's. Retries on another
     * port if the chosen one was taken meanwhile.
     *
     * @throws IllegalStateException when the server does not answer within the ready timeout
     */
    public static MemcachedProcess start(List<String> extraArgs, Map<String, String> environment) {
        Path binary = ServerBinaries.require("memcached", "memcached");
        IllegalStateException last = null;
        for (int attempt = 0; attempt < PORT_ATTEMPTS; attempt++) {
            MemcachedProcess server;
            try {
                server = new MemcachedProcess(binary, FreePorts.next(), extraArgs, environment,
                        Files.createTempFile("memcached-", ".log"));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create a memcached log file", e);
            }
            try {
                server.launch();
                return server;
            } catch (IllegalStateException e) {
                server.close();
                last = e;
            }
        }
        throw last;
    }

    /** The port the server listens on; it stays the same across {@link #restart()}. */
    public int port() {
        return port;
    }

    /** {@code "127.0.0.1:port"}. */
    public String address() {
        return "127.0.0.1:" + port;
    }

    /** {@code "memcached://127.0.0.1:port"}: a volatile-store URI without options. */
    public String uri() {
        return "memcached://" + address();
    }

    /** Whether the server process is running. */
    public synchronized boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** Kills the server with SIGKILL (a crash: no clean shutdown) and waits until it is gone. */
    public synchronized void kill() {
        if (process != null) {
            process.destroyForcibly();
            awaitExit(process);
            LIVE.remove(process);
            process = null;
        }
    }

    /** Kills the server if it runs, then starts a new, empty one on the same port and waits until it answers. */
    public synchronized void restart() {
        kill();
        launch();
    }

    /**
     * Drops every item, as {@code flush_all} does; the server must be running.
     *
     * @throws IllegalStateException on a SASL server (it refuses unauthenticated commands)
     */
    public synchronized void flushAll() {
        if (binaryOnly) {
            throw new IllegalStateException("flushAll needs the text protocol; " + address() + " runs with SASL");
        }
        String reply = MemcachedProbe.textCommand(port, "flush_all");
        if (!"OK".equals(reply)) {
            throw new IllegalStateException("memcached on " + address() + " answered flush_all with " + reply);
        }
    }

    /** Stops the server (SIGTERM, then SIGKILL if it lingers) and removes its log; idempotent. */
    @Override
    public synchronized void close() {
        if (process != null) {
            process.destroy();
            if (!awaitExit(process)) {
                process.destroyForcibly();
                awaitExit(process);
            }
            LIVE.remove(process);
            process = null;
        }
        try {
            Files.deleteIfExists(log);
        } catch (IOException ignored) {
            // a temp file left behind is harmless
        }
    }

    @Override
    public String toString() {
        return "memcached[" + address() + (isAlive() ? "" : ", stopped") + "]";
    }

    private void launch() {
        List<String> cmd = new ArrayList<>(List.of(binary.toString(),
                "-l", "127.0.0.1", "-p", Integer.toString(port),
                "-U", "0",          // no UDP: tests only need TCP, and it saves a port
                "-m", "64",
                "-c", "256",
                "-t", "2"));        // the build machines have 2 cores shared by many jobs
        if ("root".equals(System.getProperty("user.name"))) {
            cmd.addAll(List.of("-u", "nobody"));  // memcached refuses to run as root otherwise
        }
        cmd.addAll(extraArgs);
        ProcessBuilder builder = new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + cmd, e);
        }
        LIVE.add(process);
        awaitReady();
    }

    /** Polls {@code version} until the server answers, it dies, or the ready timeout passes. */
    private void awaitReady() {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        long pauseMillis = 5;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("memcached on " + address() + " exited with "
                        + process.exitValue() + ": " + logText());
            }
            try {
                if (binaryOnly ? MemcachedProbe.binaryVersionAnswers(port) : MemcachedProbe.textCommand(port, "version").startsWith("VERSION ")) {
                    return;
                }
            } catch (UncheckedIOException notYet) {
                // not listening yet
            }
            pause(pauseMillis);
            pauseMillis = Math.min(pauseMillis * 2, 100);
        }
        kill();
        throw new IllegalStateException("memcached on " + address() + " did not answer within "
                + READY_TIMEOUT + ": " + logText());
    }

    private String logText() {
        try {
            return Files.readString(log).strip();
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private static boolean awaitExit(Process p) {
        try {
            return p.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for memcached", e);
        }
    }
}
