package io.hybriddal.store.memcached;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hybriddal.dal.Dal;
import io.hybriddal.dal.StoreException;
import io.hybriddal.dal.memory.MemoryPersistentStore;
import io.hybriddal.dal.spi.VolatileStore;
import io.hybriddal.testservers.MemcachedProcess;
import io.hybriddal.testservers.ServerBinaries;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SASL PLAIN against a memcached started with {@code -S} and a sasldb made by {@code saslpasswd2}
 * (Debian's sasl2-bin). Skipped when sasl2-bin is not installed, even in CI, because
 * scripts/test.sh does not install it yet.
 */
class MemcachedSaslTest {

    @TempDir
    static Path saslDir;
    private static MemcachedProcess server;

    @BeforeAll
    static void startSaslServer() throws Exception {
        Path saslpasswd = ServerBinaries.find("saslpasswd2");
        Assumptions.assumeTrue(saslpasswd != null, "saslpasswd2 missing: apt-get install sasl2-bin to run SASL tests");
        Path db = saslDir.resolve("sasldb2");
        Files.writeString(saslDir.resolve("memcached.conf"), "mech_list: plain\nsasldb_path: " + db + "\n");
        Process p = new ProcessBuilder(saslpasswd.toString(), "-p", "-a", "memcached", "-c", "-f", db.toString(), "alice")
                .redirectErrorStream(true).start();
        p.getOutputStream().write("s3cret".getBytes(StandardCharsets.US_ASCII));
        p.getOutputStream().close();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        p.getInputStream().transferTo(output);
        assertThat(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0).as("saslpasswd2: " + output).isTrue();
        // memcached drops root privileges to nobody, which must still read the config and database
        for (Path path : List.of(saslDir, db, saslDir.resolve("memcached.conf"))) {
            path.toFile().setReadable(true, false);
        }
        saslDir.toFile().setExecutable(true, false);
        server = MemcachedProcess.start(List.of("-S"), Map.of("SASL_CONF_PATH", saslDir.toString()));
    }

    @AfterAll
    static void stopServer() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "localhost"})
    void rightCredentialsGiveAWorkingStoreWhateverTheHostIsCalled(String host) {
        String uri = "memcached://" + host + ":" + server.port() + "?user=alice&password=s3cret&opTimeoutMs=1000";
        try (VolatileStore store = VolatileStore.open(uri)) {
            assertThat(MemcachedServerFailureTest.roundTrips(store, "sasl/k")).isTrue();
            assertThat(store.incr("sasl/n-" + host, 1, 3, 0)).isEqualTo(3);
        }
    }

    @Test
    void aWrongPasswordFailsTheOpening_namingServerAndUser_notThePassword() {
        assertThatThrownBy(() -> VolatileStore.open(server.uri() + "?user=alice&password=wrong-pw&opTimeoutMs=1000"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("refused the SASL credentials of user 'alice'")
                .hasMessageContaining(Integer.toString(server.port()))
                .hasMessageNotContaining("wrong-pw");
    }

    @Test
    void aWrongPasswordFailsDalBuild_ratherThanEveryDynamicRecomputing() {
        assertThatThrownBy(() -> Dal.builder().persistentStore(new MemoryPersistentStore())
                .volatileStore(server.uri() + "?user=alice&password=wrong-pw").build())
                .isInstanceOf(StoreException.class).hasMessageContaining("SASL credentials");
    }
}
