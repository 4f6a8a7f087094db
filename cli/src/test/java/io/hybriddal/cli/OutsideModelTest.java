package io.hybriddal.cli;

import static io.hybriddal.cli.InventoryModel.BACKEND;
import static io.hybriddal.cli.InventoryModel.BACKEND_LINK;
import static io.hybriddal.cli.InventoryModel.BACKEND_TYPE;
import static io.hybriddal.cli.InventoryModel.NEWER_BACKEND;
import static io.hybriddal.cli.InventoryModel.OLDER_BACKEND;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command on another application's store (issue 10): with that application's model
 * ({@code --model}) an export is a backup, holding exactly what is stored; without it the command
 * refuses the store rather than misreading it through the bundled demo model.
 */
class OutsideModelTest {

    @TempDir
    static Path dir;
    /** Today's model, as class directory and as jar; the same without the junction hybrid. */
    static Path model;
    static Path modelJar;
    static Path modelWithoutLinks;
    /** Written by today's version of the application and by a newer one (which also stores a vendor). */
    static String store;
    /** Written by an older version, whose backends had no region. */
    static String olderStore;

    @BeforeAll
    static void theApplicationWritesItsStores() throws IOException {
        model = ModelCompiler.compile(dir.resolve("model"), BACKEND_TYPE, BACKEND, BACKEND_LINK);
        modelJar = ModelCompiler.jar(model, dir.resolve("inventory.jar"));
        modelWithoutLinks = ModelCompiler.compile(dir.resolve("without-links"), BACKEND_TYPE, BACKEND);
        Path newer = ModelCompiler.compile(dir.resolve("newer"), BACKEND_TYPE, NEWER_BACKEND, BACKEND_LINK);
        Path older = ModelCompiler.compile(dir.resolve("older"), BACKEND_TYPE, OLDER_BACKEND, BACKEND_LINK);
        store = "file:" + dir.resolve("store");
        olderStore = "file:" + dir.resolve("older-store");
        try (Application today = Application.on(model, store)) {
            // stored in an order that is not the export's sorted one: --resume must see the same set (issue 10, bug 3)
            today.save("backendtype", "type-ssd", "code", "ssd", "features", new LinkedHashSet<>(List.of("nvme", "fast", "encrypted")));
            today.save("backend", "backend-1", "name", "eu-1", "capacity", 10L, "region", "eu", "type", "type-ssd");
            today.save("backend", "backend-2", "name", "eu-2", "type", "type-ssd");
            today.save("backendlink", "link-1", "source", "backend-1", "target", "backend-2", "weight", 3);
        }
        try (Application tomorrow = Application.on(newer, store)) {
            tomorrow.save("backend", "backend-3", "name", "us-1", "region", "us", "vendor", "acme", "type", "type-ssd");
        }
        try (Application yesterday = Application.on(older, olderStore)) {
            yesterday.save("backendtype", "type-hdd", "code", "hdd");
            yesterday.save("backend", "backend-old", "name", "old-1", "capacity", 5L, "type", "type-hdd");
        }
    }

    @Test
    void exportOnTheApplicationsModelHoldsEveryStoredFieldAsStored() {
        Cli.Result r = Cli.run("export", "--persistent", store, "--model", model.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().lines()).hasSize(5).contains(
                "{\"hybrid\":\"backendtype\",\"guid\":\"type-ssd\",\"version\":1,"
                        + "\"properties\":{\"code\":\"ssd\",\"features\":[\"encrypted\",\"fast\",\"nvme\"]},\"relations\":{}}",
                "{\"hybrid\":\"backend\",\"guid\":\"backend-1\",\"version\":1,"
                        + "\"properties\":{\"name\":\"eu-1\",\"capacity\":10,\"region\":\"eu\"},\"relations\":{\"type\":\"type-ssd\"}}",
                "{\"hybrid\":\"backend\",\"guid\":\"backend-2\",\"version\":1,"
                        + "\"properties\":{\"name\":\"eu-2\",\"capacity\":0,\"region\":null},\"relations\":{\"type\":\"type-ssd\"}}",
                "{\"hybrid\":\"backendlink\",\"guid\":\"link-1\",\"version\":1,"
                        + "\"properties\":{\"weight\":3},\"relations\":{\"source\":\"backend-1\",\"target\":\"backend-2\"}}");
    }

    @Test
    void aFieldOnlyANewerModelDeclaresIsExportedAsStoredUnderUnknown() {
        Cli.Result r = Cli.run("export", "--persistent", store, "--model", model.toString(), "--hybrid", "backend");

        assertThat(r.out().lines()).contains("{\"hybrid\":\"backend\",\"guid\":\"backend-3\",\"version\":1,"
                + "\"properties\":{\"name\":\"us-1\",\"capacity\":0,\"region\":\"us\"},\"relations\":{\"type\":\"type-ssd\"},"
                + "\"unknown\":{\"vendor\":\"acme\"}}");
    }

    @Test
    void aFieldTheStoredDocumentLacksIsLeftOutRatherThanFilledWithItsDefault() {
        Cli.Result r = Cli.run("export", "--persistent", olderStore, "--model", model.toString(), "--hybrid", "backend");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().lines()).containsExactly("{\"hybrid\":\"backend\",\"guid\":\"backend-old\",\"version\":1,"
                + "\"properties\":{\"name\":\"old-1\",\"capacity\":5},\"relations\":{\"type\":\"type-hdd\"}}");
    }

    @Test
    void inspectMarksDefaultsTheDocumentLacksAndShowsFieldsTheModelDoesNotDeclare() {
        Cli.Result older = Cli.run("inspect", "--persistent", olderStore, "--model", model.toString(), "backend", "backend-old");
        Cli.Result newer = Cli.run("inspect", "--persistent", store, "--model", model.toString(), "backend", "backend-3");

        assertThat(older.exit()).as(older.err()).isZero();
        assertThat(older.out()).containsPattern("region +null +\\(not stored: the declared default\\)")
                .doesNotContainPattern("name .*not stored");
        assertThat(newer.out()).containsPattern("stored fields the model does not declare:\\R +vendor +\"acme\"")
                .doesNotContain("not stored");
    }

    @Test
    void importIntoAFreshStoreRestoresExactlyWhatWasExported() throws IOException {
        Path file = dir.resolve("backup.jsonl");
        String jar = modelJar.toString();
        assertThat(Cli.run("export", "--persistent", store, "--model", jar, "--out", file.toString()).exit()).isZero();
        String copy = "file:" + dir.resolve("restored");

        Cli.Result imported = Cli.run("import", "--persistent", copy, "--model", jar, file.toString());
        Cli.Result again = Cli.run("export", "--persistent", copy, "--model", jar);

        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("imported 5 objects");
        assertThat(again.out().lines()).containsExactlyElementsOf(Files.readAllLines(file));
        Cli.Result resumed = Cli.run("import", "--persistent", copy, "--model", jar, "--resume", file.toString());
        assertThat(resumed.out()).as(resumed.err()).contains("imported 0 objects (5 already present)");
    }

    @Test
    void anImportedUnknownFieldThatTheModelDeclaresIsRefused() throws IOException {
        Path file = dir.resolve("contradiction.jsonl");
        Files.writeString(file, "{\"hybrid\":\"backendtype\",\"guid\":\"t\",\"properties\":{\"code\":\"x\"},\"unknown\":{\"code\":\"y\"}}\n");

        Cli.Result r = Cli.run("import", "--persistent", "file:" + dir.resolve("contradiction"), "--model", model.toString(), file.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("line 1", "unknown field 'code' is declared by backendtype", "nothing was written");
    }

    @Test
    void withoutTheModelEveryCommandRefusesTheStoreNamingWhatTheDemoModelLacks() {
        for (String[] command : new String[][] {
                {"export", "--persistent", store},
                {"report", "--persistent", store, "--out", dir.resolve("refused.html").toString()},
                {"inspect", "--persistent", store, "backend", "backend-1"}}) {
            Cli.Result r = Cli.run(command);

            assertThat(r.exit()).as(command[0]).isEqualTo(1);
            assertThat(r.out()).as(command[0]).isEmpty();
            assertThat(r.err()).as(command[0]).contains("(backendlink)", "bundled demo model", "--model");
        }
    }

    @Test
    void storedHybridsTheModelDoesNotDeclareAreRefusedUnlessHybridLeavesThemOut() {
        Cli.Result refused = Cli.run("export", "--persistent", store, "--model", modelWithoutLinks.toString());
        Cli.Result chosen = Cli.run("export", "--persistent", store, "--model", modelWithoutLinks.toString(), "--hybrid", "backendtype,backend");

        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err()).contains("(backendlink)", "no backup", "--hybrid");
        assertThat(chosen.exit()).as(chosen.err()).isZero();
        assertThat(chosen.out().lines()).hasSize(4);
    }

    @Test
    void theReportOnTheApplicationsModelFindsTheIndexesConsistent() throws IOException {
        Path out = dir.resolve("inventory.html");

        Cli.Result r = Cli.run("report", "--persistent", store, "--model", model.toString(), "--out", out.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode json = CliJson.MAPPER.readTree(dir.resolve("inventory.json").toFile());
        assertThat(json.get("model").findValuesAsText("className"))
                .containsExactlyInAnyOrder("com.acme.inventory.BackendType", "com.acme.inventory.Backend", "com.acme.inventory.BackendLink");
        assertThat(json.at("/consistency/documents").asInt()).isEqualTo(5);
        assertThat(json.at("/consistency/problems")).isEmpty();
    }

    @Test
    void aModelWithoutAHybridIndexIsRefusedSayingHowToMakeOne() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("no-index"));

        Cli.Result r = Cli.run("export", "--persistent", store, "--model", empty.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains(empty.toString(), "no hybrid index", "annotation processor");
    }
}
