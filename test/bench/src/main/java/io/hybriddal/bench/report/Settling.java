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
 * log (its JSON keeps only the measurement): a benchmark is settled when the mean of the last
 * {@link #LAST} warm-up iterations of each fork lies within the score's 99.9 % error. A score
 * that is still falling or rising at the end of its warm-up is not a steady state, so it counts
 * as missed whatever its value (DESIGN.md "Performance targets").
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
     * Whether the score {@code value ± error} of benchmark {@code name} had settled: every fork's
     * last warm-up iterations agree with it within the error. False without warm-ups or without
     * an error (a single sample).
     */
    boolean settled(String name, double value, double error) {
        List<List<Double>> forks = warmups.get(name);
        if (forks == null || forks.isEmpty() || Double.isNaN(error)) {
            return false;
        }
        for (List<Double> fork : forks) {
            if (fork.size() < LAST) {
                return false;
            }
            double sum = 0;
            for (double v : fork.subList(fork.size() - LAST, fork.size())) {
                sum += v;
            }
            if (Math.abs(sum / LAST - value) > error) {
                return false;
            }
        }
        return true;
    }
}
