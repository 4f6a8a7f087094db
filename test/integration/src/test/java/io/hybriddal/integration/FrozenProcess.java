package io.hybriddal.integration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * Freezes and thaws a server process this JVM started (SIGSTOP / SIGCONT): a server that stops
 * answering but keeps its data, as after a network partition, which a kill-and-restart cannot
 * show. The process is found among this JVM's children by its executable name and an argument
 * (the port), so nothing else on the machine is ever signalled.
 */
final class FrozenProcess implements AutoCloseable {

    private final long pid;
    private boolean frozen;

    private FrozenProcess(long pid) {
        this.pid = pid;
    }

    /**
     * The child process of this JVM whose executable ends with {@code executable} and whose
     * arguments include {@code argument}.
     *
     * @throws IllegalStateException when there is none
     */
    static FrozenProcess childOf(String executable, String argument) {
        return ProcessHandle.current().children()
                .filter(p -> p.info().command().map(c -> c.endsWith("/" + executable)).orElse(false))
                .filter(p -> p.info().arguments().map(a -> Arrays.asList(a).contains(argument)).orElse(false))
                .findFirst()
                .map(p -> new FrozenProcess(p.pid()))
                .orElseThrow(() -> new IllegalStateException("no child process " + executable + " with " + argument));
    }

    /** Sends SIGSTOP: the process keeps its sockets and memory but answers nothing. */
    void freeze() {
        signal("STOP");
        frozen = true;
    }

    /** Sends SIGCONT. */
    void thaw() {
        signal("CONT");
        frozen = false;
    }

    /** Thaws the process if it is still frozen (so that its owner can stop it normally). */
    @Override
    public void close() {
        if (frozen) {
            thaw();
        }
    }

    private void signal(String name) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(pid)).inheritIO().start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new IllegalStateException("kill -" + name + " " + pid + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run kill -" + name, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while signalling " + pid, e);
        }
    }
}
