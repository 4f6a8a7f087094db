package io.hybriddal.bench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The scale table: the probes, registration, and the scores of the throughput and scale
 * benchmarks, each row saying how its cost grows against the first row of its series (threads,
 * members, objects or processes), as issue 16 asks ("report how each cost grows").
 */
final class ScaleRows {

    /** ThroughputBench methods: side, operation, threads. */
    private static final Pattern THROUGHPUT = Pattern.compile("ThroughputBench\\.(dal|hibernate)(Find|Query)(\\d)");
    private static final Pattern SIZE = Pattern.compile(".*\\[(?:members|objects|n|processes)=(\\d+)].*");

    private ScaleRows() {
    }

    /**
     * One scale line. {@code target}: the most the value may be (DESIGN.md), null when none;
     * {@code growth}: how the value compares with the first of its series, "" when alone;
     * {@code settled}: false when a score behind it had not settled (it then misses its target).
     */
    record Scale(String name, double value, String unit, String note, Double target, String growth, boolean settled) {

        /** "met", "missed" (over the target or a score that had not settled), or "-" without a target. */
        String verdict() {
            if (target == null) {
                return "-";
            }
            return value <= target && settled ? "met" : "missed";
        }
    }

    static List<Scale> of(JmhResults results, Path probes) throws IOException {
        List<Scale> scale = new ArrayList<>();
        if (Files.isDirectory(probes)) {
            try (Stream<Path> files = Files.list(probes)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".tsv")).sorted().toList()) {
                    String[] cols = Files.readString(f, StandardCharsets.UTF_8).trim().split("\t", -1);
                    scale.add(new Scale(cols[0], Double.parseDouble(cols[1]), cols[2], cols.length > 3 ? cols[3] : "",
                            Definitions.scaleTarget(cols[0]), "", true));
                }
            }
        }
        for (String name : List.of("RegisterBench.register50Cold", "RegisterBench.register50Warm")) {
            JmhResults.Score s = results.get(name);
            if (s != null) {
                String row = name.endsWith("Cold") ? "register 50 hybrids, first in a fresh JVM (5 forks)"
                        : "register 50 hybrids, warm JVM (fresh class loader per shot)";
                scale.add(new Scale(row, JmhResults.nanos(s) / 1e6, "ms", "error " + Report.fmt(JmhResults.nanosError(s) / 1e6) + " ms",
                        Definitions.scaleTarget(row), "", s.steady()));
            }
        }
        throughput(results, scale);
        series(results, scale, "ScaleBench.backref", "members", n -> "backref of " + n + " members (memory, cached), iterated");
        series(results, scale, "ScaleBench.query1000", "objects", n -> "indexed query returning 1,000 of " + n + " (memory, cached)");
        series(results, scale, "EtcdLargeBench.save", "objects", n -> "etcd holding " + n + " vDisks: save of a random vDisk");
        series(results, scale, "EtcdLargeBench.queryIndexed", "objects",
                n -> "etcd holding " + n + " vDisks: indexed query (10 results, no query cache)");
        series(results, scale, "FileScaleBench.save", "objects", n -> "file store save at " + n + " vDisks");
        series(results, scale, "FileScaleBench.queryIndexed", "objects", n -> "file store indexed query (10 results) at " + n + " vDisks");
        fanOut(results, scale);
        return scale;
    }

    /** Operations per ms with 1, 2 and 4 threads; growth against 1 thread (2 cores: at most about 2×). */
    private static void throughput(JmhResults results, List<Scale> scale) {
        Map<String, Double> oneThread = new TreeMap<>();
        for (JmhResults.Score s : results.all().values()) {
            Matcher t = THROUGHPUT.matcher(s.name());
            if (t.matches() && t.group(3).equals("1")) {
                oneThread.put(t.group(1) + t.group(2), s.value());
            }
        }
        for (JmhResults.Score s : results.all().values()) {
            Matcher t = THROUGHPUT.matcher(s.name());
            if (!t.matches()) {
                continue;
            }
            Double base = oneThread.get(t.group(1) + t.group(2));
            String growth = t.group(3).equals("1") ? "base of the series" : base == null ? ""
                    : "×" + Report.fmt(s.value() / base) + " of 1 thread's";
            scale.add(new Scale((t.group(2).equals("Find") ? "find by id" : "cached indexed query (10 rows)") + " throughput, "
                    + (t.group(1).equals("dal") ? "hybrid-dal" : "Hibernate") + ", " + t.group(3) + " thread(s)",
                    s.value(), "ops/ms", "error " + Report.fmt(s.error()) + settledNote(s), null, growth, s.steady()));
        }
    }

    /**
     * The runs of one parameterised benchmark, smallest first, in µs per operation; each after
     * the first says how many times the first's cost it takes for how many times its size.
     */
    private static void series(JmhResults results, List<Scale> scale, String benchmark, String sizeWord,
                               Function<String, String> name) {
        TreeMap<Integer, JmhResults.Score> bySize = new TreeMap<>();
        for (JmhResults.Score s : results.all().values()) {
            Matcher m = SIZE.matcher(s.name());
            if (s.name().startsWith(benchmark + "[") && m.matches()) {
                bySize.put(Integer.parseInt(m.group(1)), s);
            }
        }
        if (bySize.isEmpty()) {
            return;
        }
        int firstSize = bySize.firstKey();
        double first = JmhResults.nanos(bySize.firstEntry().getValue());
        for (Map.Entry<Integer, JmhResults.Score> e : bySize.entrySet()) {
            JmhResults.Score s = e.getValue();
            double ns = JmhResults.nanos(s);
            String growth = bySize.size() == 1 ? "one size only in this run"
                    : e.getKey() == firstSize ? "base of the series"
                    : "×" + Report.fmt(ns / first) + " for ×" + Report.fmt((double) e.getKey() / firstSize) + " the " + sizeWord
                    + " (from " + String.format("%,d", firstSize) + ")";
            scale.add(new Scale(name.apply(String.format("%,d", e.getKey())),
                    ns / 1e3, "us", "error " + Report.fmt(JmhResults.nanosError(s) / 1e3) + " us" + settledNote(s), null, growth, s.steady()));
        }
    }

    private static void fanOut(JmhResults results, List<Scale> scale) {
        JmhResults.Score alone = results.get("EtcdFanOutBench.save[processes=1]");
        JmhResults.Score four = results.get("EtcdFanOutBench.save[processes=4]");
        if (alone == null || four == null) {
            return;
        }
        boolean settled = alone.steady() && four.steady();
        double a = JmhResults.nanos(alone);
        double f = JmhResults.nanos(four);
        scale.add(new Scale("save over etcd: 1 process alone / with 3 other processes saving (every Dal watches)",
                a / 1e3, "us", "with 3 others: " + Report.fmt(f / 1e3) + " us" + (settled ? "" : "; NOT SETTLED"), null,
                "×" + Report.fmt(f / a) + " with 4 processes saving", settled));
        scale.add(new Scale("watch fan-out: added cost per save with 4 processes", (f - a) / 1e3,
                "us", "difference of the two; includes the other processes' CPU on the same 2 cores", null,
                "+" + Report.fmt((f - a) / 3e3) + " us per other writing process", settled));
    }

    private static String settledNote(JmhResults.Score s) {
        return s.steady() ? "" : "; NOT SETTLED";
    }
}
