package io.hybriddal.bench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether each benchmark had settled when it was measured, from the warm-up iterations in JMH's
 * log (its JSON keeps only the measurement): a benchmark is settled when, in each fork, the mean
 * of the last {@link #LAST} warm-up iterations lies within the score's 99.9 % error of that
 * fork's own measurement. A fork still falling or rising at the end of its warm-up is not at a
 * steady state, so its score counts as missed whatever its value (DESIGN.md "Performance
 * targets"). Each fork is compared with itself because forks of one benchmark may settle at
 * different levels (the JIT decides differently in each JVM): that spread is what the score's
 * error measures, not a warm-up too short. Until 2026-12-05 each fork's warm-up was compared
 * with the score of all forks, which flagged steady but differing forks too.
 */
public final class Settling {

    /** Warm-up iterations per fork compared with the measurement. */
    static final int LAST = 3;

    private static final Pattern BENCHMARK = Pattern.compile("^# Benchmark: \\S*\\.([^.\\s]+\\.[^.\\s]+)$");
    private static final Pattern PARAMETERS = Pattern.compile("^# Parameters: \\((.*)\\)$");
    private static final Pattern FORK = Pattern.compile("^# Fork: \\d+ of \\d+");
    private static final Pattern WARMUP = Pattern.compile("^# Warmup Iteration\\s+\\d+: (.*)$");
    /** A score alone on its line; also the rest of a warm-up line that setup output interrupted. */
    private static final Pattern SCORE = Pattern.compile("^([0-9.,]+) (\\S+/\\S+)$");

    /** Per benchmark name (as {@link JmhResults} names it), per fork, the warm-up scores. */
    private final Map<String, List<List<Double>>> warmups = new LinkedHashMap<>();

    private Settling() {
    }

    /** Reads JMH's human-readable log; a missing log gives no warm-ups (nothing settled). */
    public static Settling read(Path log) throws IOException {
        Settling s = new Settling();
        if (!Files.isRegularFile(log)) {
            return s;
        }
        String name = null;
        String benchmark = null;
        List<Double> fork = null;
        boolean interrupted = false; // a warm-up line whose score follows on a later line (setup printed first)
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            Matcher m;
            if ((m = BENCHMARK.matcher(line)).matches()) {
                benchmark = m.group(1);
                name = benchmark;
            } else if (benchmark != null && (m = PARAMETERS.matcher(line)).matches()) {
                StringBuilder n = new StringBuilder(benchmark);
                for (String p : m.group(1).split(", ")) {
                    String[] kv = p.split(" = ", 2);
                    n.append('[').append(kv[0]).append('=').append(kv.length > 1 ? kv[1] : "").append(']');
                }
                name = n.toString();
            } else if (name != null && FORK.matcher(line).lookingAt()) {
                fork = new ArrayList<>();
                s.warmups.computeIfAbsent(name, k -> new ArrayList<>()).add(fork);
            } else if (fork != null && (m = WARMUP.matcher(line)).matches()) {
                Matcher score = SCORE.matcher(m.group(1));
                interrupted = !score.matches();
                if (!interrupted) {
                    fork.add(Double.parseDouble(score.group(1).replace(",", "")));
                }
            } else if (interrupted && (m = SCORE.matcher(line)).matches()) {
                fork.add(Double.parseDouble(m.group(1).replace(",", "")));
                interrupted = false;
            }
        }
        return s;
    }

    /**
     * Whether benchmark {@code name}, measured as {@code measured} (per fork, its measurement
     * iterations, in fork order) with the score's error {@code error}, had settled: every fork's
     * last warm-up iterations agree with that fork's measurement within the error. False without
     * warm-ups, with a fork count that differs from the log's, or without an error (a single sample).
     */
    boolean settled(String name, List<List<Double>> measured, double error) {
        List<List<Double>> forks = warmups.get(name);
        if (forks == null || forks.isEmpty() || forks.size() != measured.size() || Double.isNaN(error)) {
            return false;
        }
        for (int f = 0; f < forks.size(); f++) {
            List<Double> fork = forks.get(f);
            if (fork.size() < LAST || measured.get(f).isEmpty()) {
                return false;
            }
            if (Math.abs(mean(fork.subList(fork.size() - LAST, fork.size())) - mean(measured.get(f))) > error) {
                return false;
            }
        }
        return true;
    }

    private static double mean(List<Double> values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.size();
    }
}
