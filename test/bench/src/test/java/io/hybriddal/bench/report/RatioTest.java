package io.hybriddal.bench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A ratio compares both sides of one run in nanoseconds, propagates both errors, and is met only when both sides settled. */
class RatioTest {

    private static final Ratio SAVE = Ratio.of("save", "EtcdSaveBench.dalSave", "EtcdSaveBench.rawTxn", 1.2, "");

    @TempDir
    Path dir;

    private final StringBuilder json = new StringBuilder();
    private final StringBuilder log = new StringBuilder();

    @Test
    void computed_dividesInNanoseconds_andPropagatesBothErrors() throws IOException {
        score("EtcdSaveBench.dalSave", 0.9, 0.09, "ms/op").score("EtcdSaveBench.rawTxn", 800, 40, "us/op");

        Ratio ratio = SAVE.computed(results());

        assertThat(ratio.value()).isCloseTo(1.125, within(1e-9));
        assertThat(ratio.error()).isCloseTo(1.125 * Math.sqrt(0.1 * 0.1 + 0.05 * 0.05), within(1e-9));
        assertThat(ratio.hybridNs()).isEqualTo(900_000.0);
        assertThat(ratio.verdict()).isEqualTo("met");
    }

    @Test
    void verdict_isMissed_aboveTheTarget_andIsOnlyShownWithoutATarget() throws IOException {
        JmhResults results = score("EtcdSaveBench.dalSave", 970, 150, "us/op").score("EtcdSaveBench.rawTxn", 800, 40, "us/op").results();

        assertThat(SAVE.computed(results).verdict()).isEqualTo("missed");
        assertThat(Ratio.of("info", "EtcdSaveBench.dalSave", "EtcdSaveBench.rawTxn", null, "").computed(results).verdict()).isEqualTo("-");
    }

    @Test
    void verdict_isMissed_whenEitherSideHadNotSettled_whateverItsValue() throws IOException {
        score("EtcdSaveBench.dalSave", 800, 40, "us/op").score("EtcdSaveBench.rawTxn", 800, 40, "us/op", 900);

        Ratio ratio = SAVE.computed(results());

        assertThat(ratio.value()).isEqualTo(1.0);
        assertThat(ratio.verdict()).isEqualTo("missed (not settled)");
    }

    @Test
    void computed_isNull_whenEitherSideDidNotRun() throws IOException {
        assertThat(SAVE.computed(score("EtcdSaveBench.dalSave", 800, 40, "us/op").results())).isNull();
    }

    private RatioTest score(String name, double value, double error, String unit) {
        return score(name, value, error, unit, value);
    }

    /** One benchmark: one fork measured five times around {@code value} (±0.1%), its last warm-ups at {@code warmups}. */
    private RatioTest score(String name, double value, double error, String unit, double warmups) {
        json.append(json.length() == 0 ? "" : ",")
                .append("{\"benchmark\":\"io.hybriddal.bench.").append(name).append("\",\"mode\":\"avgt\",\"forks\":1,")
                .append("\"primaryMetric\":{\"score\":").append(value).append(",\"scoreError\":").append(error)
                .append(",\"scoreUnit\":\"").append(unit).append("\",\"rawData\":[[").append(value * 0.999).append(',').append(value)
                .append(',').append(value * 1.001).append(',').append(value).append(',').append(value).append("]]}}");
        log.append("# Benchmark: io.hybriddal.bench.").append(name).append("\n# Fork: 1 of 1\n");
        for (int i = 1; i <= Settling.LAST; i++) {
            log.append("# Warmup Iteration   ").append(i).append(": ").append(warmups).append(' ').append(unit).append('\n');
        }
        return this;
    }

    private JmhResults results() throws IOException {
        Path file = Files.writeString(dir.resolve("jmh.json"), "[" + json + "]");
        return JmhResults.read(file, Files.writeString(dir.resolve("jmh.log"), log));
    }
}
