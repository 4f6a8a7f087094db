package io.hybriddal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.Dal;
import io.hybriddal.dal.DalException;
import io.hybriddal.dal.HybridInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands against one small demo store, seeded once. */
class DemoStoreTest {

    @TempDir
    static Path dir;
    static String store;
    static Cli.Result demo;

    @BeforeAll
    static void seed() {
        store = "file:" + dir.resolve("store");
        demo = Cli.run("demo", "--dir", dir.resolve("store").toString(), "--objects", "500", "--out", dir.resolve("report.html").toString());
    }

    @Test
    void theDemoSeedsExercisesAndWritesTheReport() throws Exception {
        assertThat(demo.exit()).as(demo.err()).isZero();
        assertThat(demo.out()).contains("seeded", "relations", "dynamics", "queries", "report", "index check clean");
        assertThat(Files.size(dir.resolve("report.html"))).isGreaterThan(10_000);
        assertThat(Files.readString(dir.resolve("report.json"))).contains("\"modelGraph\"");
    }

    @Test
    void exportWritesOneLinePerObjectAndFiltersByHybrid() {
        Cli.Result all = Cli.run("export", "--persistent", store);
        Cli.Result routers = Cli.run("export", "--persistent", store, "--hybrid", "storagerouter");
        assertThat(all.exit()).isZero();
        assertThat(all.out().lines().count()).isGreaterThanOrEqualTo(500);
        assertThat(routers.out().lines()).hasSize(8).allMatch(l -> l.startsWith("{\"hybrid\":\"storagerouter\""));
    }

    @Test
    void exportThenImportIntoAnEmptyStoreGivesTheSameObjects() throws Exception {
        Path file = dir.resolve("export.jsonl");
        assertThat(Cli.run("export", "--persistent", store, "--out", file.toString()).exit()).isZero();
        String copy = "file:" + dir.resolve("copy");

        Cli.Result imported = Cli.run("import", "--persistent", copy, "--batch", "100", file.toString());
        Cli.Result again = Cli.run("export", "--persistent", copy);

        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(withoutVersions(again.out()).lines()).containsExactlyElementsOf(withoutVersions(Files.readString(file)).lines().toList());
        Cli.Result resumed = Cli.run("import", "--persistent", copy, "--resume", file.toString());
        assertThat(resumed.exit()).as(resumed.err()).isZero();
        assertThat(resumed.out()).contains("imported 0 objects");
        Cli.Result refused = Cli.run("import", "--persistent", copy, file.toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("already stored").contains("--resume");
    }

    @Test
    void aFailingBatchWritesNothingOfThatBatch() throws Exception {
        Path file = dir.resolve("vpools.jsonl");
        Cli.run("export", "--persistent", store, "--hybrid", "backendtype,backend,vpool,domain,backenddomain,pmachine,vmachine", "--out", file.toString());
        List<ObjectLines.Line> lines = new ArrayList<>();
        int n = 0;
        for (String text : Files.readAllLines(file)) {
            lines.add(ObjectLines.decode(++n, text));
        }
        FailingStore failing = new FailingStore(2);
        try (Dal dal = Dal.builder().persistentStore(failing).scan().build()) {
            List<ImportItem> items = ImportOrder.order(new ImportPlan(dal).check(lines, false).items());
            ImportWriter writer = new ImportWriter(dal, 10);
            Progress quiet = new Progress(new java.io.PrintWriter(java.io.Writer.nullWriter()), "import", items.size());

            org.assertj.core.api.Assertions.assertThatThrownBy(() -> writer.write(items, quiet))
                    .isInstanceOf(DalException.class).hasMessageContaining("batch 2").hasMessageContaining("--resume");
            long stored = dal.model().hybrids().stream().map(HybridInfo::name).mapToLong(dal.admin()::count).sum();
            assertThat(stored).isEqualTo(10);
            assertThat(items).hasSizeGreaterThan(20);
        }
    }

    @Test
    void anImportWithBadLinesIsRefusedWholeAndNamesTheLines() throws Exception {
        Path file = dir.resolve("bad.jsonl");
        String good = Cli.run("export", "--persistent", store, "--hybrid", "backendtype").out().lines().findFirst().orElseThrow();
        Files.writeString(file, good + "\n{\"hybrid\":\"nosuch\",\"guid\":\"x\"}\n"
                + good.replace("\"properties\":{", "\"properties\":{\"bogus\":1,") + "\nnot json\n");
        String copy = "file:" + dir.resolve("refused");

        Cli.Result r = Cli.run("import", "--persistent", copy, file.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("line 4 is not JSON");
        Files.writeString(file, good + "\n{\"hybrid\":\"nosuch\",\"guid\":\"x\"}\n");
        Cli.Result second = Cli.run("import", "--persistent", copy, file.toString());
        assertThat(second.err()).contains("line 2: unknown hybrid 'nosuch'").contains("nothing was written");
        assertThat(Cli.run("export", "--persistent", copy).out()).isEmpty();
    }

    @Test
    void inspectShowsPropertiesRelationsBackrefsAndDynamics() {
        String line = Cli.run("export", "--persistent", store, "--hybrid", "vpool").out().lines().findFirst().orElseThrow();
        String guid = line.replaceAll(".*\"guid\":\"([^\"]+)\".*", "$1");

        Cli.Result r = Cli.run("inspect", "--persistent", store, "vpool", guid);

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("vpool " + guid, "properties:", "\"pool-", "relations:", "backend", "backrefs:",
                "vdisks", "dynamics:", "statistics");
    }

    @Test
    void reportDrawsTheNeighbourhoodOfTheChosenObject() throws Exception {
        String line = Cli.run("export", "--persistent", store, "--hybrid", "vpool").out().lines().findFirst().orElseThrow();
        String guid = line.replaceAll(".*\"guid\":\"([^\"]+)\".*", "$1");
        Path out = dir.resolve("pool.html");

        Cli.Result r = Cli.run("report", "--persistent", store, "--out", out.toString(), "--object", "vpool:" + guid,
                "--follow", "storagedrivers,storagerouter", "--depth", "2");

        assertThat(r.exit()).as(r.err()).isZero();
        String html = Files.readString(out);
        assertThat(html).contains("id=\"neighbourhood-graph\"").contains("data-id=\"vpool:" + guid + "\"");
        assertThat(Cli.run("report", "--persistent", store, "--object", "vpool").exit()).isEqualTo(2);
    }

    static String withoutVersions(String export) {
        return export.replaceAll("\"version\":\\d+,", "");
    }
}
