package io.hybriddal.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scores of a JMH JSON result file, by short name ({@code Class.method}, plus
 * {@code [param=value]} for parameterised runs), each with its 99.9 % error, unit, settings and
 * normalised allocation ({@code gc.alloc.rate.norm}, when run with {@code -prof gc}).
 */
public final class JmhResults {

    /**
     * One benchmark's score. Error is NaN when JMH could not compute one (fewer than 2 samples).
     * {@code settled}: whether the warm-up had reached the measured steady state ({@link Settling});
     * null for single-shot benchmarks, which measure a cold start on purpose.
     */
    public record Score(String name, double value, double error, String unit, int forks, int warmupIterations,
                        String warmupTime, int measurementIterations, String measurementTime, String mode,
                        double allocBytesPerOp, Boolean settled) {

        /** False when the score is known not to be a steady state. */
        public boolean steady() {
            return settled == null || settled;
        }
    }

    private final Map<String, Score> scores = new LinkedHashMap<>();
    private String jvm = "";
    private String jmhVersion = "";

    /** The scores of {@code file}, judged settled or not from the warm-ups in JMH's log {@code log}. */
    public static JmhResults read(Path file, Path log) throws IOException {
        Settling settling = Settling.read(log);
        JmhResults r = new JmhResults();
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        for (JsonNode b : root) {
            String full = b.path("benchmark").asText();
            String[] parts = full.split("\\.");
            StringBuilder name = new StringBuilder(parts[parts.length - 2] + "." + parts[parts.length - 1]);
            b.path("params").fields().forEachRemaining(p -> name.append('[').append(p.getKey()).append('=')
                    .append(p.getValue().asText()).append(']'));
            JsonNode primary = b.path("primaryMetric");
            double alloc = b.path("secondaryMetrics").path("gc.alloc.rate.norm").path("score").asDouble(Double.NaN);
            if (Double.isNaN(alloc)) {
                alloc = b.path("secondaryMetrics").path("\u00b7gc.alloc.rate.norm").path("score").asDouble(Double.NaN);
            }
            double value = primary.path("score").asDouble();
            double error = primary.path("scoreError").asDouble(Double.NaN);
            String mode = b.path("mode").asText();
            Boolean settled = "ss".equals(mode) ? null : settling.settled(name.toString(), perFork(primary.path("rawData")));
            r.scores.put(name.toString(), new Score(name.toString(), value, error, primary.path("scoreUnit").asText(),
                    b.path("forks").asInt(), b.path("warmupIterations").asInt(), b.path("warmupTime").asText(),
                    b.path("measurementIterations").asInt(), b.path("measurementTime").asText(), mode,
                    alloc, settled));
            r.jvm = b.path("vmName").asText() + " " + b.path("vmVersion").asText() + " " + b.path("jvmArgs").toString();
            r.jmhVersion = b.path("jmhVersion").asText();
        }
        return r;
    }

    /** JMH's raw data of a metric: per fork, its measurement iterations. */
    private static List<List<Double>> perFork(JsonNode rawData) {
        List<List<Double>> forks = new ArrayList<>();
        for (JsonNode fork : rawData) {
            List<Double> iterations = new ArrayList<>();
            fork.forEach(v -> iterations.add(v.asDouble()));
            forks.add(iterations);
        }
        return forks;
    }

    /** The score, or null when that benchmark did not run. */
    public Score get(String name) {
        return scores.get(name);
    }

    public Map<String, Score> all() {
        return scores;
    }

    public String jvm() {
        return jvm;
    }

    public String jmhVersion() {
        return jmhVersion;
    }

    /** The score in nanoseconds per operation (converting ms/op, us/op, s/op). */
    public static double nanos(Score s) {
        return s.value() * unitNanos(s.unit());
    }

    public static double nanosError(Score s) {
        return s.error() * unitNanos(s.unit());
    }

    private static double unitNanos(String unit) {
        return switch (unit) {
            case "ns/op" -> 1;
            case "us/op" -> 1e3;
            case "ms/op" -> 1e6;
            case "s/op" -> 1e9;
            default -> throw new IllegalArgumentException("not a time per operation: " + unit);
        };
    }
}
