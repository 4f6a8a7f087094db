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

/**
 * Turns a JMH JSON result and the probes into {@code latest.json} and {@code latest.md}.
 * Usage: {@code Report <jmh.json> <probes-dir> <out-dir> [key=value meta...]}. A benchmark that
 * did not run gives a ratio of null ("n/a"). JMH's log next to the JSON ({@code jmh-latest.log}
 * beside {@code jmh-latest.json}) gives the warm-ups that decide each score's {@code settled} flag.
 */
public final class Report {

    private Report() {
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
        List<ScaleRows.Scale> scale = ScaleRows.of(results, probes);

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
        for (ScaleRows.Scale s : scale) {
            ObjectNode n = sc.addObject().put("name", s.name());
            number(n, "value", s.value());
            n.put("unit", s.unit()).put("note", s.note()).put("growth", s.growth());
            if (s.target() == null) {
                n.putNull("target");
            } else {
                n.put("target", s.target()).put("settled", s.settled());
            }
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
