package io.hybriddal.testservers;

import java.nio.file.Path;
import java.time.Duration;

/**
 * A single-member etcd server on 127.0.0.1, on free client and peer ports, with its data
 * directory and log in a fresh temp directory (on /dev/shm when available).
 *
 * <p>{@link #start()} returns once the member reports healthy (it has elected itself leader), or
 * fails with the last lines of its log after {@link EtcdMember#START_TIMEOUT}. When etcd is not
 * installed, {@link ServerBinaries#require} skips the calling test (or fails it under
 * {@code HYBRIDDAL_REQUIRE_SERVERS=1}). The process is killed by {@link #close()} and, failing
 * that, when the JVM exits. Not thread-safe: start and close from one thread.
 */
public final class EtcdProcess implements AutoCloseable {

    /** A port taken by someone else between FreePorts.next() and etcd's bind is retried this often. */
    private static final int ATTEMPTS = 3;

    private final Path baseDir;
    private final EtcdMember member;
    private final Duration startupTime;

    private EtcdProcess(Path baseDir, EtcdMember member, Duration startupTime) {
        this.baseDir = baseDir;
        this.member = member;
        this.startupTime = startupTime;
    }

    /**
     * Starts a fresh single-member etcd and waits until it is healthy.
     *
     * @throws IllegalStateException when it does not become healthy (the message has its log tail)
     */
    public static EtcdProcess start() {
        Path binary = ServerBinaries.require("etcd", "etcd-server");
        IllegalStateException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Path baseDir = EtcdReaper.tempDirectory("hybriddal-etcd-");
            EtcdMember member = new EtcdMember(binary, "single", FreePorts.next(), FreePorts.next(), baseDir);
            long started = System.nanoTime();
            try {
                member.launch(member.name() + "=" + member.peerUrl(), "hybriddal-" + baseDir.getFileName());
                member.awaitHealthy(started + EtcdMember.START_TIMEOUT.toNanos());
                return new EtcdProcess(baseDir, member, Duration.ofNanos(System.nanoTime() - started));
            } catch (IllegalStateException e) {
                last = e;
                member.kill();
                EtcdReaper.deleteTree(baseDir);
            }
        }
        throw last;
    }

    /** The client endpoint, {@code 127.0.0.1:port}. */
    public String endpoint() {
        return member.endpoint();
    }

    /** A store URI for this server: {@code etcd://127.0.0.1:port/namespace}. */
    public String uri(String namespace) {
        return "etcd://" + endpoint() + "/" + namespace;
    }

    /** How long {@link #start()} took until the member was healthy (for reports). */
    public Duration startupTime() {
        return startupTime;
    }

    /** The server's log file (deleted by {@link #close()}). */
    public Path logFile() {
        return member.logFile();
    }

    /** Kills the server (SIGKILL: its data is thrown away anyway) and deletes its directory. */
    @Override
    public void close() {
        member.kill();
        EtcdReaper.deleteTree(baseDir);
    }
}
