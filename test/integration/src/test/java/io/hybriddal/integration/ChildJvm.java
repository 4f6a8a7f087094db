package io.hybriddal.integration;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A second JVM running a {@code main} class of this module's test class path: another process of
 * a distributed application. Its standard output is read line by line on a daemon thread, so the
 * test can wait (bounded) for what the child reports; its standard error goes to a temp file.
 * {@link #kill()} is {@code destroyForcibly} (SIGKILL: no shutdown hook, no finally block runs
 * in the child); {@link #close()} kills it too, and a shutdown hook kills it if the test forgets.
 * Not thread-safe: drive it from the test thread.
 */
final class ChildJvm implements AutoCloseable {

    /** The line a child prints when its output ends; {@link #nextLine} returns it at EOF. */
    static final String EOF = "<eof>";

    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final Thread reaper;

    private ChildJvm(Process process) {
        this.process = process;
        this.reaper = new Thread(process::destroyForcibly, "child-jvm-reaper-" + process.pid());
        Runtime.getRuntime().addShutdownHook(reaper);
        Thread reader = new Thread(this::readOutput, "child-jvm-out-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code java -cp <test class path> mainClass args...} with a small heap. */
    static ChildJvm start(Class<?> mainClass, String... args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // Surefire's own class path property lists every entry (java.class.path may be its booter jar only).
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(java, "-Xmx192m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-cp", classPath, mainClass.getName()));
        command.addAll(List.of(args));
        try {
            Path err = Files.createTempFile("child-jvm-", ".err");
            err.toFile().deleteOnExit();
            return new ChildJvm(new ProcessBuilder(command).redirectError(err.toFile()).start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a child JVM for " + mainClass.getName(), e);
        }
    }

    /**
     * The next line the child printed, waiting at most {@code timeout}; {@link #EOF} when its
     * output ended.
     *
     * @throws AssertionError when nothing comes in time
     */
    String nextLine(Duration timeout) {
        try {
            String line = lines.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (line == null) {
                throw new AssertionError("child JVM " + process.pid() + " printed nothing within " + timeout
                        + (process.isAlive() ? "" : " (it exited with " + process.exitValue() + ")"));
            }
            return line;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** Writes {@code line} to the child's standard input. */
    void send(String line) {
        try {
            process.getOutputStream().write((line + "\n").getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to child JVM " + process.pid(), e);
        }
    }

    /** SIGKILL, then waits until the process is gone. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        kill();
        try {
            Runtime.getRuntime().removeShutdownHook(reaper);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway
        }
    }

    private void readOutput() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines.add(line);
            }
        } catch (IOException killed) {
            // the process died: its output ends here
        } finally {
            lines.add(EOF);
        }
    }
}
