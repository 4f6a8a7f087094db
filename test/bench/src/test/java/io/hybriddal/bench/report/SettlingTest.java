package io.hybriddal.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A score counts only when each fork's last warm-ups agree with that fork's own measurement, within the error. */
class SettlingTest {

    @TempDir
    Path dir;

    @Test
    void settled_whenEachForksLastWarmupsAgreeWithItsMeasurement_evenIfForksSettleApart() throws IOException {
        Settling settling = read(log("QueryBench.dalQueryIndexed", "",
                List.of(900.0, 120.0, 101.0, 100.0, 99.0), List.of(700.0, 150.0, 141.0, 140.0, 139.0)));

        assertThat(settling.settled("QueryBench.dalQueryIndexed", List.of(List.of(100.0, 100.5), List.of(140.0, 139.5)), 2.0))
                .isTrue();
    }

    @Test
    void notSettled_whenAForkWasStillFallingAtTheEndOfItsWarmup() throws IOException {
        Settling settling = read(log("NearCacheGetBench.dalNearCacheGet", "",
                List.of(400.0, 300.0, 260.0, 220.0, 200.0), List.of(200.0, 200.0, 200.0, 200.0, 200.0)));

        // fork 1: last three warm-ups average 226.7, its measurement 195: 31.7 apart, outside the error of 20
        assertThat(settling.settled("NearCacheGetBench.dalNearCacheGet", List.of(List.of(195.0, 195.0), List.of(200.0, 200.0)), 20.0))
                .isFalse();
    }

    @Test
    void notSettled_withoutWarmupsOrError_orWithAnotherForkCount() throws IOException {
        Settling settling = read(log("A.b", "", List.of(1.0, 1.0, 1.0)));

        assertThat(settling.settled("A.other", List.of(List.of(1.0)), 0.1)).as("no warm-ups logged").isFalse();
        assertThat(settling.settled("A.b", List.of(List.of(1.0)), Double.NaN)).as("no error").isFalse();
        assertThat(settling.settled("A.b", List.of(List.of(1.0), List.of(1.0)), 0.1)).as("two forks measured, one logged").isFalse();
        assertThat(settling.settled("A.b", List.of(List.of(1.0)), 0.1)).isTrue();
    }

    @Test
    void readsParameterisedNames_andWarmupsWhoseScoreFollowsSetupOutput() throws IOException {
        String log = "# Benchmark: io.hybriddal.bench.EtcdLargeBench.save\n"
                + "# Parameters: (objects = 100000)\n"
                + "\n"
                + "# Fork: 1 of 1\n"
                + "# Warmup Iteration   1: loaded 100,000 vDisks in 13 s\n"
                + "1,200.0 us/op\n"
                + "# Warmup Iteration   2: 1,010.0 us/op\n"
                + "# Warmup Iteration   3: 1,000.0 us/op\n"
                + "# Warmup Iteration   4: 990.0 us/op\n"
                + "Iteration   1: 1,000.0 us/op\n";
        Settling settling = read(log);

        assertThat(settling.settled("EtcdLargeBench.save[objects=100000]", List.of(List.of(1000.0)), 5.0)).isTrue();
        assertThat(settling.settled("EtcdLargeBench.save", List.of(List.of(1000.0)), 5.0)).as("the name carries its parameters").isFalse();
    }

    @Test
    void missingLog_settlesNothing() throws IOException {
        assertThat(Settling.read(dir.resolve("absent.log")).settled("A.b", List.of(List.of(1.0)), 1.0)).isFalse();
    }

    private Settling read(String log) throws IOException {
        Path file = dir.resolve("jmh.log");
        Files.writeString(file, log);
        return Settling.read(file);
    }

    /** A JMH log of one benchmark with the given warm-up scores per fork, in ns/op. */
    @SafeVarargs
    private static String log(String benchmark, String parameters, List<Double>... forks) {
        StringBuilder log = new StringBuilder("# Benchmark: io.hybriddal.bench." + benchmark + "\n");
        if (!parameters.isEmpty()) {
            log.append("# Parameters: (").append(parameters).append(")\n");
        }
        for (int f = 0; f < forks.length; f++) {
            log.append("\n# Fork: ").append(f + 1).append(" of ").append(forks.length).append('\n');
            for (int i = 0; i < forks[f].size(); i++) {
                log.append("# Warmup Iteration   ").append(i + 1).append(": ").append(forks[f].get(i)).append(" ns/op\n");
            }
            log.append("Iteration   1: 1.0 ns/op\n");
        }
        return log.toString();
    }
}
