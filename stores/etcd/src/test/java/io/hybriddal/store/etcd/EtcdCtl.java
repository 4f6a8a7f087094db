package io.hybriddal.store.etcd;

import io.hybriddal.testservers.ServerBinaries;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs etcdctl against a test server, for what the store itself cannot do (users, auth). */
final class EtcdCtl {

    private final Path binary = ServerBinaries.require("etcdctl", "etcd-client");
    private final String endpoint;

    EtcdCtl(String endpoint) {
        this.endpoint = endpoint;
    }

    /** Runs {@code etcdctl --endpoints=<endpoint> args...}; returns its output or fails with it. */
    String run(String... args) {
        List<String> command = new ArrayList<>(List.of(binary.toString(), "--endpoints=" + endpoint, "--command-timeout=5s"));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("etcdctl " + String.join(" ", args) + " did not finish within 15 s");
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new AssertionError("etcdctl " + String.join(" ", args) + " failed: " + output);
            }
            return output;
        } catch (IOException e) {
            throw new AssertionError("cannot run etcdctl", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** Creates user root with the root role and turns authentication on. */
    void enableAuth(String rootPassword) {
        run("user", "add", "root", "--new-user-password=" + rootPassword, "--interactive=false");
        run("role", "add", "root");
        run("user", "grant-role", "root", "root");
        run("auth", "enable");
    }
}
