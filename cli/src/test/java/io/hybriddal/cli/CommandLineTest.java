package io.hybriddal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

    @TempDir
    Path dir;

    @Test
    void helpListsEveryCommandAndExitsZero() {
        Cli.Result r = Cli.run("--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("demo", "report", "inspect", "export", "import");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"demo", "report", "inspect", "export", "import", "status", "migrate"}) {
            Cli.Result r = Cli.run(command, "--help");
            assertThat(r.exit()).as(command).isZero();
            assertThat(r.out()).as(command).contains("Usage: hybrid-dal " + command);
        }
    }

    @Test
    void anUnknownOptionIsAUsageErrorWithExitCodeTwo() {
        Cli.Result r = Cli.run("export", "--no-such-option");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--no-such-option").contains("Usage:");
    }

    @Test
    void noCommandAtAllIsAUsageError() {
        assertThat(Cli.run().exit()).isEqualTo(2);
    }

    @Test
    void aStoreUriWithAnUnknownSchemeFailsWithExitCodeOneNamingIt() {
        Cli.Result r = Cli.run("export", "--persistent", "nosuch://host:1/x");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("nosuch://host:1/x").doesNotContain("\tat ");
    }

    @Test
    void anUnreachableEtcdNamesTheEndpointAndHowLongItWaited() {
        Cli.Result r = Cli.run("export", "--persistent", "etcd://127.0.0.1:9/ns?timeoutMs=300");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("127.0.0.1:9").containsPattern("after \\d+ ms");
    }

    @Test
    void inspectingAMissingObjectNamesHybridAndGuid() {
        Cli.Result r = Cli.run("inspect", "--persistent", Stores.emptyFileStore(dir), "vdisk", "no-such-guid");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("vdisk").contains("no-such-guid");
    }

    @Test
    void anUnknownHybridListsTheKnownOnes() {
        Cli.Result r = Cli.run("export", "--persistent", Stores.emptyFileStore(dir), "--hybrid", "vdsik");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("vdsik").contains("vdisk");
    }
}
