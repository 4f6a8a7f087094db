package io.hybriddal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report --object ... --follow ...} is checked against the model and the store before the report's work. */
class ReportFocusTest {

    @TempDir
    Path dir;
    String store;
    Path out;

    @BeforeEach
    void emptyStore() {
        store = Stores.emptyFileStore(dir);
        out = dir.resolve("report.html");
    }

    @Test
    void aFollowNameThatIsNoRelationOrBackrefIsAUsageErrorListingTheKnownOnes() {
        Cli.Result r = Cli.run("report", "--persistent", store, "--out", out.toString(), "--object", "vpool:g1", "--follow", "nosuchrel");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--follow nosuchrel").contains("not a relation or backref of vpool")
                .contains("vpool has: ").contains("storagedrivers").contains("vdisks");
        assertThat(out).doesNotExist();
    }

    @Test
    void aNameReachedThroughAnotherNameIsAccepted() {
        Cli.Result r = Cli.run("report", "--persistent", store, "--out", out.toString(), "--object", "vpool:g1",
                "--follow", "storagedrivers,storagerouter", "--depth", "2");

        assertThat(r.err()).doesNotContain("--follow").contains("vpool g1 is not in");
    }

    @Test
    void anUnknownObjectIsReportedNamingTheStoreAndNothingIsWritten() {
        Cli.Result r = Cli.run("report", "--persistent", store, "--out", out.toString(), "--object", "vdisk:nosuch", "--follow", "vpool");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("vdisk nosuch is not in " + store).contains("nothing was written");
        assertThat(out).doesNotExist();
    }

    @Test
    void anUnknownHybridIsReportedListingTheKnownOnes() {
        Cli.Result r = Cli.run("report", "--persistent", store, "--out", out.toString(), "--object", "vdsik:g1", "--follow", "vpool");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("vdsik").contains("vdisk, ");
        assertThat(out).doesNotExist();
    }
}
