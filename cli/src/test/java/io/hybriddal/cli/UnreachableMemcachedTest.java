package io.hybriddal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A volatile store that cannot be reached fails the command at once, in one line naming it, without the client's own logging. */
class UnreachableMemcachedTest {

    @Test
    void anUnreachableMemcachedExitsOneWithOneLineNamingIt() throws Exception {
        String uri = "memcached://127.0.0.1:" + closedPort();
        ByteArrayOutputStream logged = new ByteArrayOutputStream();
        PrintStream stderr = System.err;
        Cli.Result r;
        System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
        try {
            r = Cli.run("export", "--persistent", "memory:", "--volatile", uri);
        } finally {
            System.setErr(stderr);
        }

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().lines().findFirst().orElseThrow()).contains(uri).contains("unreachable");
        assertThat(r.out()).isEmpty();
        // the client's own logging is silenced; hybrid-dal's own warning (the failed probe) may remain, in one line
        assertThat(logged.toString(StandardCharsets.UTF_8).lines()).hasSizeLessThanOrEqualTo(1)
                .noneMatch(l -> l.contains("xmemcached") || l.contains("yanf4j") || l.startsWith("\tat "));
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
