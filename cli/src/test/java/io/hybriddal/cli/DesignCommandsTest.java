package io.hybriddal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** plan, drift and apply of the demo's design file against a freshly seeded demo store. */
class DesignCommandsTest {

    private static final String DESIGN = Path.of("..", "docs", "demo-cluster.yaml").toString();

    @TempDir
    Path dir;
    private String store;

    @BeforeEach
    void seed() {
        store = "file:" + dir.resolve("store");
        Cli.Result demo = Cli.run("demo", "--dir", dir.resolve("store").toString(), "--objects", "300", "--out",
                dir.resolve("report.html").toString());
        assertThat(demo.exit()).as(demo.err()).isZero();
    }

    @Test
    void plan_showsTheDiffOfTheDemoDesign_withoutColourWhenNotOnATerminal() {
        Cli.Result plan = Cli.run("plan", "--persistent", store, DESIGN);

        assertThat(plan.exit()).as(plan.err()).isZero();
        assertThat(plan.out()).contains("4 to create, 2 to update, 1 to delete", "+ create domain site-west",
                "~ update storagerouter node-3", "    nodeType: MASTER -> EXTRA", "    pmachine: pmachine host-9",
                "- delete servicetype AlbaProxy").doesNotContain("\u001b[");
    }

    @Test
    void drift_exits3_untilApplyBringsTheStoreToTheDesign() {
        Cli.Result before = Cli.run("drift", "--persistent", store, DESIGN);
        Cli.Result apply = Cli.run("apply", "--persistent", store, "--yes", DESIGN);
        Cli.Result after = Cli.run("drift", "--persistent", store, DESIGN);

        assertThat(before.exit()).as(before.err()).isEqualTo(DriftCommand.DRIFT);
        assertThat(before.out()).startsWith("drift: ").contains("~ update vpool pool-d", "status: RUNNING -> SHRINKING");
        assertThat(apply.exit()).as(apply.err()).isZero();
        assertThat(apply.out()).contains("applied 7 steps in 1 commit");
        assertThat(after.exit()).as(after.err()).isZero();
        assertThat(after.out()).startsWith("no drift: ");
    }

    @Test
    void aDesignFileWithErrors_isRefusedNamingFileAndLine_andNothingIsWritten() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), """
                vpool:
                  - name: pool-a
                    colour: blue
                storagerouter:
                  - name: node-10
                    pmachine: host-404
                """);
        String exported = Cli.run("export", "--persistent", store).out();

        Cli.Result apply = Cli.run("apply", "--persistent", store, "--yes", bad.toString());

        assertThat(apply.exit()).isEqualTo(1);
        assertThat(apply.err()).contains(bad + ":3: hybrid 'vpool' member 'colour': no such member",
                bad + ":6: hybrid 'storagerouter' member 'pmachine': no pmachine with name 'host-404'");
        assertThat(Cli.run("export", "--persistent", store).out()).isEqualTo(exported);
    }
}
