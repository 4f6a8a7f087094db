package io.hybriddal.testservers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An etcd cluster of several members on 127.0.0.1 (free ports, data and logs in one temp
 * directory), for failover tests: members can be killed with SIGKILL and restarted on their old
 * data directory.
 *
 * <p>Members are numbered from 0. {@link #start(int)} and {@link #restart(int)} wait (bounded by
 * {@link EtcdMember#START_TIMEOUT}) until the members are healthy and otherwise fail with the
 * tail of their logs. Every process is killed by {@link #close()} and, failing that, when the JVM
 * exits. Not thread-safe: drive it from the test thread.
 */
public final class EtcdCluster implements AutoCloseable {

    private final Path baseDir;
    private final List<EtcdMember> members;
    private final String initialCluster;
    private final String token;

    private EtcdCluster(Path baseDir, List<EtcdMember> members) {
        this.baseDir = baseDir;
        this.members = members;
        this.initialCluster = members.stream().map(m -> m.name() + "=" + m.peerUrl()).collect(Collectors.joining(","));
        this.token = "hybriddal-" + baseDir.getFileName();
    }

    /**
     * Starts {@code members} members together (they elect a leader among themselves) and waits
     * until every one is healthy.
     *
     * @throws IllegalArgumentException when {@code members < 1}
     * @throws IllegalStateException    when a member does not become healthy
     */
    public static EtcdCluster start(int members) {
        if (members < 1) {
            throw new IllegalArgumentException("a cluster needs at least one member: " + members);
        }
        Path binary = ServerBinaries.require("etcd", "etcd-server");
        Path baseDir = EtcdReaper.tempDirectory("hybriddal-etcd-cluster-");
        List<EtcdMember> list = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            list.add(new EtcdMember(binary, "m" + i, FreePorts.next(), FreePorts.next(), baseDir));
        }
        EtcdCluster cluster = new EtcdCluster(baseDir, List.copyOf(list));
        try {
            list.forEach(m -> m.launch(cluster.initialCluster, cluster.token));
            long deadline = System.nanoTime() + EtcdMember.START_TIMEOUT.toNanos();
            list.forEach(m -> m.awaitHealthy(deadline));
            return cluster;
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    /** The client endpoints of all members, {@code 127.0.0.1:port}, in member order. */
    public List<String> endpoints() {
        return members.stream().map(EtcdMember::endpoint).toList();
    }

    /** A store URI listing every member: {@code etcd://h:p,h:p,h:p/namespace}. */
    public String uri(String namespace) {
        return "etcd://" + String.join(",", endpoints()) + "/" + namespace;
    }

    /**
     * The index of the current leader, waiting (bounded by {@link EtcdMember#START_TIMEOUT}) while
     * an election is under way.
     *
     * @throws IllegalStateException when no member becomes leader in time
     */
    public int leader() {
        long deadline = System.nanoTime() + EtcdMember.START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            for (int i = 0; i < members.size(); i++) {
                if (members.get(i).isLeader()) {
                    return i;
                }
            }
            EtcdMember.pause(50);
        }
        throw new IllegalStateException("no etcd member of " + endpoints() + " became leader within "
                + EtcdMember.START_TIMEOUT.toSeconds() + " s");
    }

    /** Kills member {@code member} with SIGKILL (no graceful leadership transfer); its data stays. */
    public void kill(int member) {
        member(member).kill();
    }

    /**
     * Starts member {@code member} again on its old data directory and ports, and waits until it
     * is healthy (it has rejoined and sees a leader).
     */
    public void restart(int member) {
        EtcdMember m = member(member);
        if (m.isAlive()) {
            throw new IllegalStateException("etcd member " + m.name() + " is still running");
        }
        m.launch(initialCluster, token);
        m.awaitHealthy(System.nanoTime() + EtcdMember.START_TIMEOUT.toNanos());
    }

    private EtcdMember member(int index) {
        if (index < 0 || index >= members.size()) {
            throw new IllegalArgumentException("no etcd member " + index + " in a cluster of " + members.size());
        }
        return members.get(index);
    }

    /** Kills every member and deletes the cluster's directory. */
    @Override
    public void close() {
        members.forEach(EtcdMember::kill);
        EtcdReaper.deleteTree(baseDir);
    }
}
