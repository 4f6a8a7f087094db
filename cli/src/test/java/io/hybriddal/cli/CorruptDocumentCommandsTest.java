package io.hybriddal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.spi.Commit;
import io.hybriddal.dal.spi.PersistentStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One corrupt document does not stop export, report or inspect: they name its key, go on, and exit with 3. */
class CorruptDocumentCommandsTest {

    private static final String NOT_JSON = "o/backend/a_b";

    @TempDir
    Path dir;
    String store;

    @BeforeEach
    void threeBackendsOneOfThemNotJson() throws Exception {
        store = "file:" + dir.resolve("store");
        Path file = Files.writeString(dir.resolve("in.jsonl"), String.join("\n",
                ImportChecksTest.ALPHA, backend("a.b", "one"), backend("a_b", "two"), backend("A-b.0", "three")) + "\n");
        Cli.Result imported = Cli.run("import", "--persistent", store, file.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        storeRaw(NOT_JSON, "{\"_v\":1,\"name\":");
    }

    private void storeRaw(String key, String text) {
        try (PersistentStore raw = PersistentStore.open(store)) {
            raw.commit(Commit.builder().put(key, text.getBytes(StandardCharsets.UTF_8)).build());
        }
    }

    @Test
    void export_writesTheOtherObjects_namesTheCorruptKey_andExitsWith3() {
        Cli.Result r = Cli.run("export", "--persistent", store);

        assertThat(r.exit()).as(r.err()).isEqualTo(3);
        assertThat(r.out()).contains("\"guid\":\"a.b\"", "\"guid\":\"A-b.0\"", "\"guid\":\"bt-1\"").doesNotContain("\"guid\":\"a_b\"");
        assertThat(r.err()).contains("corrupt document [" + NOT_JSON + "]", "1 corrupt document not exported");
    }

    @Test
    void report_isWrittenWithTheOtherObjects_namesTheCorruptKey_andExitsWith3() throws Exception {
        Path html = dir.resolve("report.html");

        Cli.Result r = Cli.run("report", "--persistent", store, "--out", html.toString());

        assertThat(r.exit()).as(r.err()).isEqualTo(3);
        assertThat(r.err()).contains("corrupt document [" + NOT_JSON + "]", "1 corrupt document found");
        String json = Files.readString(io.hybriddal.report.ReportGenerator.jsonFileOf(html));
        assertThat(json).contains("\"a.b\"", "\"A-b.0\"", "1 corrupt document was left out", "(corrupt)");
    }

    @Test
    void inspect_showsTheStoredFieldsOfADocumentOfWrongTypes_namingItsKey_andExitsWith3() {
        storeRaw("o/backend/a.b", "{\"_v\":2,\"name\":\"one\",\"status\":5}");

        Cli.Result r = Cli.run("inspect", "--persistent", store, "backend", "a.b");

        assertThat(r.exit()).as(r.err()).isEqualTo(3);
        assertThat(r.out()).contains("backend a.b: corrupt document [o/backend/a.b]", "status", "5");
        assertThat(r.err()).contains("corrupt document [o/backend/a.b]");
    }

    @Test
    void inspect_saysADocumentIsNotJson_andExitsWith3() {
        Cli.Result r = Cli.run("inspect", "--persistent", store, "backend", "a_b");

        assertThat(r.exit()).as(r.err()).isEqualTo(3);
        assertThat(r.out()).contains("not a JSON object");
    }

    private static String backend(String guid, String name) {
        return "{\"hybrid\":\"backend\",\"guid\":\"" + guid + "\",\"properties\":{\"name\":\"" + name
                + "\",\"status\":\"RUNNING\"},\"relations\":{\"backendType\":\"bt-1\"}}";
    }
}
