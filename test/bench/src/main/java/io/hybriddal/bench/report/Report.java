package io.hybriddal.bench.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Turns a JMH JSON result and the probes into {@code latest.json} and {@code latest.md}.
 * Usage: {@code Report <jmh.json> <probes-dir> <out-dir> [key=value meta...]}. A benchmark that
 * did not run gives a ratio of null ("n/a"). JMH's log next to the JSON ({@code jmh-latest.log}
 * beside {@code jmh-latest.json}) gives the warm-ups that decide each score's {@code settled} flag.
 */
public final class Report {

    /** ThroughputBench methods: side, operation, threads. */
    private static final Pattern THROUGHPUT = Pattern.compile("ThroughputBench\\.(dal|hibernate)(Find|Query)(\\d)");

    private Report() {
    }

    /** One scale line. */
    record Scale(String name, double value, String unit, String note) {
    }

    public static void main(String[] args) throws IOException {
        Path jmhJson = Path.of(args[0]);
        JmhResults results = JmhResults.read(jmhJson, jmhJson.resolveSibling(jmhJson.getFileName().toString().replaceFirst("\\.json$", ".log")));
        Path probes = Path.of(args[1]);
        Path out = Files.createDirectories(Path.of(args[2]));
        List<String> meta = List.of(args).subList(3, args.length);

        List<Ratio> ratios = new ArrayList<>();
        for (Ratio r : Definitions.RATIOS) {
            Ratio c = r.computed(results);
            ratios.add(c != null ? c : r);
        }
        List<Scale> scale = scale(results, probes);

        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        ArrayNode rs = root.putArray("ratios");
        for (Ratio r : ratios) {
            ObjectNode n = rs.addObject().put("name", r.name());
            number(n, "value", r.value());
            number(n, "error", r.error());
            if (r.target() == null) {
                n.putNull("target");
            } else {
                n.put("target", r.target());
            }
            n.put("settled", r.settled());
        }
        ArrayNode peer = root.putArray("peer");
        for (String[] op : Definitions.PEER) {
            ObjectNode n = peer.addObject().put("operation", op[1]);
            JmhResults.Score d = results.get("PeerDalBench." + op[0]);
            JmhResults.Score h = results.get("PeerHibernateBench." + op[0]);
            number(n, "hybridDalNs", d == null ? Double.NaN : JmhResults.nanos(d));
            number(n, "hibernateNs", h == null ? Double.NaN : JmhResults.nanos(h));
            n.put("settled", d != null && h != null && d.steady() && h.steady());
        }
        ArrayNode sc = root.putArray("scale");
        for (Scale s : scale) {
            ObjectNode n = sc.addObject().put("name", s.name());
            number(n, "value", s.value());
            n.put("unit", s.unit());
        }
        ArrayNode all = root.putArray("benchmarks");
        for (JmhResults.Score s : results.all().values()) {
            ObjectNode n = all.addObject().put("name", s.name()).put("mode", s.mode());
            number(n, "score", s.value());
            number(n, "error", s.error());
            n.put("unit", s.unit());
            number(n, "allocBytesPerOp", s.allocBytesPerOp());
            if (s.settled() == null) {
                n.putNull("settled");
            } else {
                n.put("settled", s.settled());
            }
        }
        ObjectNode m = root.putObject("meta");
        m.put("date", OffsetDateTime.now(ZoneOffset.UTC).withNano(0).toString());
        m.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        m.put("benchmarkJvm", results.jvm());
        m.put("jmh", results.jmhVersion());
        m.put("machine", Machine.describe());
        m.put("settings", "AverageTime ns/op (SingleShotTime ms/op for registration), score error = 99.9% CI as JMH reports it;"
                + " -prof gc; per-benchmark forks/warm-up/measurement in latest.md; lower is better");
        for (String kv : meta) {
            int eq = kv.indexOf('=');
            m.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        json.writeValue(out.resolve("latest.json").toFile(), root);
        Files.writeString(out.resolve("latest.md"), Markdown.render(ratios, results, scale, root.path("meta")),
                StandardCharsets.UTF_8);
        System.out.println("wrote " + out.resolve("latest.json") + " and " + out.resolve("latest.md"));
    }

    private static List<Scale> scale(JmhResults results, Path probes) throws IOException {
        List<Scale> scale = new ArrayList<>();
        if (Files.isDirectory(probes)) {
            try (Stream<Path> files = Files.list(probes)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".tsv")).sorted().toList()) {
                    String[] cols = Files.readString(f, StandardCharsets.UTF_8).trim().split("\t", -1);
                    scale.add(new Scale(cols[0], Double.parseDouble(cols[1]), cols[2], cols.length > 3 ? cols[3] : ""));
                }
            }
        }
        for (String name : List.of("RegisterBench.register50Cold", "RegisterBench.register50Warm")) {
            JmhResults.Score s = results.get(name);
            if (s != null) {
                scale.add(new Scale(name.endsWith("Cold") ? "register 50 hybrids, first in a fresh JVM (5 forks)"
                        : "register 50 hybrids, warm JVM (fresh class loader per shot)", JmhResults.nanos(s) / 1e6, "ms",
                        "target <= 500 ms; error " + fmt(JmhResults.nanosError(s) / 1e6) + " ms"));
            }
        }
        for (JmhResults.Score s : results.all().values()) {
            Matcher t = THROUGHPUT.matcher(s.name());
            if (t.matches()) {
                scale.add(new Scale((t.group(2).equals("Find") ? "find by id" : "cached indexed query (10 rows)") + " throughput, "
                        + (t.group(1).equals("dal") ? "hybrid-dal" : "Hibernate") + ", " + t.group(3) + " thread(s)",
                        s.value(), "ops/ms", "error " + fmt(s.error()) + settledNote(s)));
            }
            if (s.name().startsWith("ScaleBench.")) {
                String n = s.name().replaceAll(".*\\[members=(\\d+)].*", "$1");
                scale.add(new Scale(s.name().contains(".backref") ? "backref of " + n + " members (memory, cached), iterated"
                        : "indexed query returning 1,000 of " + n + " (memory, cached)", JmhResults.nanos(s) / 1e3, "us",
                        "error " + fmt(JmhResults.nanosError(s) / 1e3) + " us" + settledNote(s)));
            }
            if (s.name().startsWith("EtcdLargeBench.")) {
                String n = s.name().replaceAll(".*\\[objects=(\\d+)].*", "$1");
                scale.add(new Scale("etcd holding " + n + " vDisks: " + (s.name().contains(".save") ? "save of a random vDisk"
                        : "indexed query (10 results, no query cache)"), JmhResults.nanos(s) / 1e3, "us",
                        "error " + fmt(JmhResults.nanosError(s) / 1e3) + " us" + settledNote(s)));
            }
            if (s.name().startsWith("FileScaleBench.")) {
                String op = s.name().contains(".save") ? "save" : "indexed query (10 results)";
                String n = s.name().replaceAll(".*\\[n=(\\d+)].*", "$1");
                scale.add(new Scale("file store " + op + " at n=" + n, JmhResults.nanos(s) / 1e3, "us",
                        "error " + fmt(JmhResults.nanosError(s) / 1e3) + " us"));
            }
        }
        JmhResults.Score alone = results.get("EtcdFanOutBench.save[processes=1]");
        JmhResults.Score four = results.get("EtcdFanOutBench.save[processes=4]");
        if (alone != null && four != null) {
            scale.add(new Scale("save over etcd: 1 process alone / with 3 other processes saving (every Dal watches)",
                    JmhResults.nanos(alone) / 1e3, "us", "with 3 others: " + fmt(JmhResults.nanos(four) / 1e3) + " us"
                    + settledNote(alone) + settledNote(four)));
            scale.add(new Scale("watch fan-out: added cost per save with 4 processes", (JmhResults.nanos(four) - JmhResults.nanos(alone)) / 1e3,
                    "us", "difference of the two; includes the other processes' CPU on the same 2 cores"));
        }
        return scale;
    }

    private static String settledNote(JmhResults.Score s) {
        return s.steady() ? "" : "; NOT SETTLED";
    }

    private static void number(ObjectNode n, String field, double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            n.putNull(field);
        } else {
            n.put(field, Math.round(v * 1000) / 1000.0);
        }
    }

    static String fmt(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        return v >= 100 ? String.format("%,.0f", v) : v >= 10 ? String.format("%.1f", v) : String.format("%.2f", v);
    }
}
