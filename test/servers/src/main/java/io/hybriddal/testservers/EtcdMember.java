package io.hybriddal.testservers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One etcd server process on loopback: its ports, data directory and log file. Shared by
 * {@link EtcdProcess} (a single member) and {@link EtcdCluster}; not thread-safe (tests drive a
 * member from one thread). Every started process is registered with {@link EtcdReaper} so that it
 * dies with the JVM even when a test forgets to close it.
 */
final class EtcdMember {

    /** Generous because the build machine is shared: etcd alone is ready in 0.4–1 s. */
    static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    private final Path binary;
    private final String name;
    private final int clientPort;
    private final int peerPort;
    private final Path dataDir;
    private final Path logFile;
    private Process process;

    EtcdMember(Path binary, String name, int clientPort, int peerPort, Path baseDir) {
        this.binary = binary;
        this.name = name;
        this.clientPort = clientPort;
        this.peerPort = peerPort;
        this.dataDir = baseDir.resolve(name + ".data");
        this.logFile = baseDir.resolve(name + ".log");
    }

    String name() {
        return name;
    }

    String endpoint() {
        return "127.0.0.1:" + clientPort;
    }

    String peerUrl() {
        return "http://127.0.0.1:" + peerPort;
    }

    Path logFile() {
        return logFile;
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** Launches the process (not waiting for health); {@code initialCluster} lists every member. */
    void launch(String initialCluster, String clusterToken) {
        List<String> command = new ArrayList<>(List.of(binary.toString(),
                "--name", name,
                "--data-dir", dataDir.toString(),
                "--logger", "zap",
                "--listen-client-urls", "http://" + endpoint(),
                "--advertise-client-urls", "http://" + endpoint(),
                "--listen-peer-urls", peerUrl(),
                "--initial-advertise-peer-urls", peerUrl(),
                "--initial-cluster", initialCluster,
                "--initial-cluster-token", clusterToken,
                "--initial-cluster-state", "new"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + binary + " for member " + name, e);
        }
        EtcdReaper.register(process);
    }

    /**
     * Polls /health until etcd reports true (it needs a leader for that), the process dies, or
     * {@code deadlineNanos} passes.
     *
     * @throws IllegalStateException with the tail of the log when it does not become healthy
     */
    void awaitHealthy(long deadlineNanos) {
        while (System.nanoTime() < deadlineNanos) {
            if (!process.isAlive()) {
                throw failure("exited with status " + process.exitValue());
            }
            if (healthy()) {
                return;
            }
            pause(50);
        }
        throw failure("was not healthy within " + START_TIMEOUT.toSeconds() + " s");
    }

    IllegalStateException failure(String what) {
        return new IllegalStateException("etcd member " + name + " on " + endpoint() + " " + what
                + "; last lines of " + logFile + ":\n" + logTail(20));
    }

    private boolean healthy() {
        return httpGet("/health").replace(" ", "").contains("\"health\":\"true\"");
    }

    /** Whether this member is alive and currently the raft leader (from its /metrics gauge). */
    boolean isLeader() {
        return isAlive() && httpGet("/metrics").contains("\netcd_server_is_leader 1");
    }

    /** The body of a GET on the client port, or "" when it fails: callers poll. */
    private String httpGet(String path) {
        try {
            HttpURLConnection connection = (HttpURLConnection) new URL("http://" + endpoint() + path).openConnection();
            connection.setConnectTimeout(500);
            connection.setReadTimeout(2000);
            try {
                if (connection.getResponseCode() != 200) {
                    return "";
                }
                return new String(connection.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } finally {
                connection.disconnect();
            }
        } catch (IOException notYet) {
            return "";
        }
    }

    /** Sends SIGKILL and waits for the process to be gone; the data directory stays. */
    void kill() {
        if (process == null) {
            return;
        }
        process.destroyForcibly();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("etcd member " + name + " (pid " + process.pid() + ") survived SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        EtcdReaper.unregister(process);
    }

    /** The last {@code lines} lines of the log, or a note why there are none. */
    String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** Test-support back-off while polling; never used by the tests themselves. */
    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for etcd", e);
        }
    }
}
