package io.hybriddal.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Two runs side by side, as markdown on standard output: every target row (the peer operations'
 * speed-ups, DESIGN.md's ratios, the probes and registration that have a target) with its value
 * and verdict in each run and whether it is met in both (DESIGN.md: a target counts as met when
 * two full runs meet it), then the scale rows of both runs with how each grows.
 * Usage: {@code SideBySide <run-a.json> <run-b.json>} (files as {@link Report} writes them).
 */
public final class SideBySide {

    private SideBySide() {
    }

    /** One run's verdict on one row: the value as shown and whether its target is met (null: no target). */
    record Cell(String shown, Boolean met) {
        static final Cell ABSENT = new Cell("n/a (did not run)", false);
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: SideBySide <run-a.json> <run-b.json>");
            System.exit(2);
        }
        ObjectMapper json = new ObjectMapper();
        JsonNode a = json.readTree(Path.of(args[0]).toFile());
        JsonNode b = json.readTree(Path.of(args[1]).toFile());
        String nameA = name(args[0]);
        String nameB = name(args[1]);
        if (nameA.equals(nameB)) {
            nameA = "A: " + nameA;
            nameB = "B: " + nameB;
        }
        System.out.print(render(a, b, nameA, nameB));
    }

    static String render(JsonNode a, JsonNode b, String nameA, String nameB) {
        StringBuilder md = new StringBuilder();
        md.append("| run | date | settings | duration |\n|---|---|---|---|\n");
        runLine(md, nameA, a.path("meta"));
        runLine(md, nameB, b.path("meta"));

        md.append("\n| target row | ").append(nameA).append(" | ").append(nameB).append(" | target | met in both |\n")
                .append("|---|---|---|---|---|\n");
        for (String op : union(a.path("peer"), b.path("peer"), "operation")) {
            row(md, op + ": speed-up over Hibernate", peer(find(a.path("peer"), "operation", op)),
                    peer(find(b.path("peer"), "operation", op)), "≥ " + Report.fmt(Definitions.PEER_SPEEDUP_TARGET) + "×");
        }
        for (String name : union(a.path("ratios"), b.path("ratios"), "name")) {
            JsonNode ra = find(a.path("ratios"), "name", name);
            JsonNode rb = find(b.path("ratios"), "name", name);
            JsonNode target = (ra != null ? ra : rb).path("target");
            row(md, name, ratio(ra), ratio(rb), target.isNull() ? "-" : "≤ " + Report.fmt(target.asDouble()) + "×");
        }
        for (String name : union(a.path("scale"), b.path("scale"), "name")) {
            JsonNode sa = find(a.path("scale"), "name", name);
            JsonNode sb = find(b.path("scale"), "name", name);
            JsonNode any = sa != null ? sa : sb;
            Double target = target(any);
            if (target != null) {
                row(md, name, targeted(sa, target), targeted(sb, target), "≤ " + Report.fmt(target) + " " + any.path("unit").asText());
            }
        }

        md.append("\n| scale row | ").append(nameA).append(" | ").append(nameB).append(" | unit | how it grows (")
                .append(nameA).append(" / ").append(nameB).append(") |\n|---|---|---|---|---|\n");
        for (String name : union(a.path("scale"), b.path("scale"), "name")) {
            JsonNode sa = find(a.path("scale"), "name", name);
            JsonNode sb = find(b.path("scale"), "name", name);
            JsonNode any = sa != null ? sa : sb;
            if (target(any) != null) {
                continue;
            }
            md.append("| ").append(name).append(" | ").append(value(sa)).append(" | ").append(value(sb)).append(" | ")
                    .append(any.path("unit").asText()).append(" | ").append(sa == null ? "-" : sa.path("growth").asText("-"))
                    .append(" / ").append(sb == null ? "-" : sb.path("growth").asText("-")).append(" |\n");
        }
        return md.toString();
    }

    private static void runLine(StringBuilder md, String name, JsonNode meta) {
        String args = meta.path("extraJmhArgs").asText();
        md.append("| ").append(name).append(" | ").append(meta.path("date").asText()).append(" | ")
                .append(meta.path("run").asText()).append(args.isEmpty() ? "" : " `" + args + "`")
                .append(" | ").append(meta.path("runSeconds").asInt() / 60).append(" min |\n");
    }

    private static void row(StringBuilder md, String name, Cell a, Cell b, String target) {
        String both = target.equals("-") ? "-" : Boolean.TRUE.equals(a.met()) && Boolean.TRUE.equals(b.met()) ? "yes" : "no";
        md.append("| ").append(name).append(" | ").append(a.shown()).append(" | ").append(b.shown()).append(" | ")
                .append(target).append(" | ").append(both).append(" |\n");
    }

    private static Cell peer(JsonNode p) {
        if (p == null || p.path("hybridDalNs").isNull() || p.path("hibernateNs").isNull()) {
            return Cell.ABSENT;
        }
        double dal = p.path("hybridDalNs").asDouble();
        double hibernate = p.path("hibernateNs").asDouble();
        double speedUp = hibernate / dal;
        boolean settled = p.path("settled").asBoolean();
        boolean met = settled && speedUp >= Definitions.PEER_SPEEDUP_TARGET;
        return new Cell(Report.fmt(speedUp) + "× (" + Markdown.time(dal) + " vs " + Markdown.time(hibernate) + "), "
                + verdict(met, settled), met);
    }

    private static Cell ratio(JsonNode r) {
        if (r == null || r.path("value").isNull()) {
            return Cell.ABSENT;
        }
        String shown = Report.fmt(r.path("value").asDouble()) + "× ± " + (r.path("error").isNull() ? "n/a" : Report.fmt(r.path("error").asDouble()));
        if (r.path("target").isNull()) {
            return new Cell(shown, null);
        }
        boolean settled = r.path("settled").asBoolean();
        boolean met = settled && r.path("value").asDouble() <= r.path("target").asDouble();
        return new Cell(shown + ", " + verdict(met, settled), met);
    }

    private static Cell targeted(JsonNode s, double target) {
        if (s == null || s.path("value").isNull()) {
            return Cell.ABSENT;
        }
        boolean settled = s.path("settled").asBoolean(true);
        boolean met = settled && s.path("value").asDouble() <= target;
        return new Cell(Report.fmt(s.path("value").asDouble()) + " " + s.path("unit").asText() + ", " + verdict(met, settled), met);
    }

    /** A scale row's target; files written before scale rows carried one get today's definition. */
    private static Double target(JsonNode scaleRow) {
        JsonNode t = scaleRow.path("target");
        return t.isNumber() ? Double.valueOf(t.asDouble()) : Definitions.scaleTarget(scaleRow.path("name").asText());
    }

    private static String verdict(boolean met, boolean settled) {
        return met ? "met" : settled ? "missed" : "missed (not settled)";
    }

    private static String value(JsonNode s) {
        return s == null || s.path("value").isNull() ? "n/a" : Report.fmt(s.path("value").asDouble());
    }

    /** The {@code key} of every row of both arrays, in run A's order, then B's rows that A lacks. */
    private static List<String> union(JsonNode a, JsonNode b, String key) {
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode rows : List.of(a, b)) {
            rows.forEach(r -> names.add(r.path(key).asText()));
        }
        return new ArrayList<>(names);
    }

    private static JsonNode find(JsonNode rows, String key, String value) {
        for (JsonNode r : rows) {
            if (r.path(key).asText().equals(value)) {
                return r;
            }
        }
        return null;
    }

    /** A run's name: its file name without the extension. */
    private static String name(String file) {
        return Path.of(file).getFileName().toString().replaceFirst("\\.json$", "");
    }
}
