package io.hybriddal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.spi.Commit;
import io.hybriddal.dal.spi.PersistentStore;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export writes every object under exactly the guid it was given, including one an older version stored escaped. */
class GivenGuidExportTest {

    @TempDir
    Path dir;

    @Test
    void exportWritesThreeImportedChildren_underTheirGivenGuids() throws Exception {
        String store = "file:" + dir.resolve("store");
        Path file = Files.writeString(dir.resolve("in.jsonl"), String.join("\n",
                ImportChecksTest.ALPHA, backend("a.b", "one"), backend("a_b", "two"), backend("A-b.0", "three")) + "\n");
        Cli.Result imported = Cli.run("import", "--persistent", store, file.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();

        Cli.Result r = Cli.run("export", "--persistent", store, "--hybrid", "backend");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().lines().filter(l -> l.contains("\"hybrid\":\"backend\""))).hasSize(3);
        assertThat(r.out()).contains("\"guid\":\"a.b\"", "\"guid\":\"a_b\"", "\"guid\":\"A-b.0\"");
    }

    @Test
    void exportWritesAnObjectAnOlderVersionStoredUnderAnEscapedGuid_withItsOriginalGuid() throws Exception {
        String store = "file:" + dir.resolve("store");
        Path file = Files.writeString(dir.resolve("in.jsonl"), ImportChecksTest.ALPHA + "\n");
        Cli.Result imported = Cli.run("import", "--persistent", store, file.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        try (PersistentStore raw = PersistentStore.open(store)) {
            byte[] document = raw.get("o/backendtype/bt-1").value();
            raw.commit(Commit.builder().put("o/backendtype/%22%3E%3C", document).build());
        }

        Cli.Result r = Cli.run("export", "--persistent", store, "--hybrid", "backendtype");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"guid\":\"bt-1\"", "\"guid\":\"\\\"><\"");
    }

    private static String backend(String guid, String name) {
        return "{\"hybrid\":\"backend\",\"guid\":\"" + guid + "\",\"properties\":{\"name\":\"" + name
                + "\",\"status\":\"RUNNING\"},\"relations\":{\"backendType\":\"bt-1\"}}";
    }
}
