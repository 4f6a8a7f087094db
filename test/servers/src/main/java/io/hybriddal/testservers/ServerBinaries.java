package io.hybriddal.testservers;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds server binaries (etcd, memcached) for tests. When one is missing the test is skipped
 * with a message, unless {@value #REQUIRE_ENV} is {@code 1} (the README test command sets it),
 * in which case it fails: CI must never go green by skipping the real servers.
 */
public final class ServerBinaries {

    /** Environment variable that turns a missing server binary from a skip into a failure. */
    public static final String REQUIRE_ENV = "HYBRIDDAL_REQUIRE_SERVERS";

    private ServerBinaries() {
    }

    /** The path of {@code name} on the PATH (or /usr/bin, /usr/sbin), or skips/fails the test. */
    public static Path require(String name, String debianPackage) {
        Path found = find(name);
        if (found != null) {
            return found;
        }
        String message = name + " is not installed: run scripts/test.sh (it installs Debian's " + debianPackage
                + "), or apt-get install " + debianPackage;
        if ("1".equals(System.getenv(REQUIRE_ENV))) {
            throw new IllegalStateException(message);
        }
        Assumptions.abort(message);
        throw new AssertionError("unreachable");
    }

    /** The path of {@code name}, or {@code null}. */
    public static Path find(String name) {
        String path = System.getenv().getOrDefault("PATH", "") + ":/usr/bin:/usr/sbin:/usr/local/bin";
        for (String dir : path.split(":")) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
