package io.hybriddal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks an import makes against the store and the file, on hand-written lines. */
class ImportChecksTest {

    static final String ALPHA = "{\"hybrid\":\"backendtype\",\"guid\":\"bt-1\",\"properties\":{\"name\":\"Alpha\",\"code\":\"alpha\"}}";

    @TempDir
    Path dir;
    String store;

    @BeforeEach
    void importOneBackendType() throws Exception {
        store = "file:" + dir.resolve("store");
        Cli.Result r = importLines(ALPHA);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("imported 1 objects");
    }

    @Test
    void aUniqueValueHeldByAnotherStoredObjectIsRefusedNamingBothGuids() throws Exception {
        Cli.Result r = importLines("{\"hybrid\":\"backendtype\",\"guid\":\"bt-2\",\"properties\":{\"name\":\"Alpha\",\"code\":\"beta\"}}");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("unique value backendtype.name \"Alpha\" of bt-2 is taken by bt-1 in the store")
                .doesNotContain("backendtype.code");
    }

    @Test
    void aGuidOutsideTheSafeSetIsRefusedNamingTheLineTheGuidAndTheAllowedForm() throws Exception {
        Cli.Result r = importLines(
                "{\"hybrid\":\"backendtype\",\"guid\":\"a/b\",\"properties\":{\"name\":\"Beta\",\"code\":\"beta\"}}",
                "{\"hybrid\":\"backendtype\",\"guid\":\"caf\u00e9\",\"properties\":{\"name\":\"Gamma\",\"code\":\"gamma\"}}");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("line 1: cannot create a backendtype with guid \"a/b\": a guid must be 1 to 128 characters from [A-Za-z0-9._-]")
                .contains("line 2: cannot create a backendtype with guid \"caf\u00e9\"");
    }

    @Test
    void aUniqueValueUsedTwiceInTheFileIsRefused() throws Exception {
        Cli.Result r = importLines(
                "{\"hybrid\":\"backendtype\",\"guid\":\"bt-2\",\"properties\":{\"name\":\"Beta\",\"code\":\"beta\"}}",
                "{\"hybrid\":\"backendtype\",\"guid\":\"bt-3\",\"properties\":{\"name\":\"Gamma\",\"code\":\"beta\"}}");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("line 2: backendtype.code beta is also used by bt-2");
    }

    @Test
    void aRelationTargetNeitherInTheFileNorInTheStoreIsRefused() throws Exception {
        Cli.Result r = importLines(backend("b-1", "bt-missing"));

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("line 1: backend.backendType points at backendtype bt-missing, which is neither in the file nor in the store");
    }

    @Test
    void aRelationTargetAlreadyStoredIsAcceptedAndLinked() throws Exception {
        Cli.Result r = importLines(backend("b-1", "bt-1"));

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Cli.run("inspect", "--persistent", store, "backend", "b-1").out())
                .containsPattern("backendType\\s+backendtype bt-1");
        assertThat(Cli.run("inspect", "--persistent", store, "backendtype", "bt-1").out()).containsPattern("backends\\s+1 backend");
    }

    @Test
    void resumingOverAnObjectStoredWithOtherContentIsRefused() throws Exception {
        Cli.Result same = importLines("--resume", ALPHA);
        Cli.Result changed = importLines("--resume", ALPHA.replace("\"Alpha\"", "\"Alpha 2\""));

        assertThat(same.exit()).as(same.err()).isZero();
        assertThat(same.out()).contains("imported 0 objects (1 already present)");
        assertThat(changed.exit()).isEqualTo(1);
        assertThat(changed.err()).contains("line 1: backendtype bt-1 is already stored with different content");
    }

    @Test
    void valuesOfTheWrongTypeAndBrokenConstraintsAreCollectedWithTheirLines() throws Exception {
        Cli.Result r = importLines(
                "{\"hybrid\":\"backend\",\"guid\":\"b-2\",\"properties\":{\"name\":\"b-two\",\"status\":\"SIDEWAYS\"},"
                        + "\"relations\":{\"backendType\":\"bt-1\"}}",
                "{\"hybrid\":\"backendtype\",\"guid\":\"bt-3\",\"properties\":{\"name\":\"Gamma\",\"code\":\"Not A Slug\"}}",
                "{\"hybrid\":\"backend\",\"guid\":\"b-1\",\"properties\":{\"name\":\"b-one\"},\"relations\":{\"nope\":null}}");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("line 1 (backend b-2): backend.status cannot be \"SIDEWAYS\"")
                .contains("line 2 (backendtype bt-3): code ")
                .contains("line 3 (backend b-1): 'nope' is not a relation of backend")
                .contains("line 3 (backend b-1): mandatory relation backendType has no target")
                .contains("nothing was written");
    }

    private static String backend(String guid, String type) {
        return "{\"hybrid\":\"backend\",\"guid\":\"" + guid + "\",\"properties\":{\"name\":\"" + guid
                + "\",\"status\":\"RUNNING\"},\"relations\":{\"backendType\":\"" + type + "\"}}";
    }

    /** Imports the lines into the test's store; a first argument starting with "--" is an option. */
    private Cli.Result importLines(String... lines) throws Exception {
        boolean option = lines[0].startsWith("--");
        Path file = Files.createTempFile(dir, "import", ".jsonl");
        StringBuilder text = new StringBuilder();
        for (int i = option ? 1 : 0; i < lines.length; i++) {
            text.append(lines[i]).append('\n');
        }
        Files.writeString(file, text);
        return option ? Cli.run("import", "--persistent", store, lines[0], file.toString())
                : Cli.run("import", "--persistent", store, file.toString());
    }
}
