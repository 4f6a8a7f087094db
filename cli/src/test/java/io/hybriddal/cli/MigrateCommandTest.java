package io.hybriddal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.spi.Commit;
import io.hybriddal.dal.spi.PersistentStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code status} and {@code migrate [--dry-run]} on a file store holding a vdisk saved before the store recorded its model. */
class MigrateCommandTest {

    @TempDir
    Path dir;

    private String storeWithAnOldVdisk() {
        String uri = Stores.emptyFileStore(dir);
        try (PersistentStore store = PersistentStore.open(uri)) {
            store.commit(Commit.builder().put("o/vdisk/d1",
                    "{\"_v\":1,\"name\":\"disk\",\"devicename\":\"/d1.raw\",\"size\":1}".getBytes(StandardCharsets.UTF_8)).build());
        }
        return uri;
    }

    @Test
    void status_showsKeySpacesAbsent_dryRunWritesNothing_andMigrateBuildsThem() {
        String uri = storeWithAnOldVdisk();

        Cli.Result status = Cli.run("status", "--persistent", uri);
        assertThat(status.exit()).isZero();
        assertThat(status.out()).contains("model version: stored 0, this model knows 0")
                .containsPattern("ABSENT +UNIQUE +vdisk\\.devicename").endsWith("migrate needed\n");

        Cli.Result dryRun = Cli.run("migrate", "--dry-run", "--persistent", uri);
        assertThat(dryRun.exit()).isZero();
        assertThat(dryRun.out()).contains("dry run: nothing is written").containsPattern("would build +UNIQUE +vdisk\\.devicename \\(now ABSENT\\)");
        assertThat(Cli.run("status", "--persistent", uri).out()).isEqualTo(status.out());

        Cli.Result migrate = Cli.run("migrate", "--persistent", uri);
        assertThat(migrate.exit()).isZero();
        assertThat(migrate.out()).containsPattern("built +UNIQUE +vdisk\\.devicename");

        assertThat(Cli.run("status", "--persistent", uri).out()).doesNotContain("ABSENT").endsWith("up to date\n");
        assertThat(Cli.run("migrate", "--dry-run", "--persistent", uri).out()).contains("no key space to build or drop");
    }
}
