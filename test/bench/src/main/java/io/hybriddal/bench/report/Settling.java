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
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Whether each benchmark had settled when it was measured, from the warm-up iterations in JMH's
 * log (its JSON keeps only the measurement). A fork still falling or rising at the end of its
 * warm-up is not at a steady state, so its score counts as missed whatever its value (DESIGN.md
 * "Performance targets").
 *
 * <p>The test, per fork: the mean of its last {@link #LAST} warm-up iterations must agree with the
 * mean of its own measurement iterations within the 99.9 % bound of that difference, {@code t ×
 * s × √(1/LAST + 1/n)} for a fork of n iterations, where {@code s} is the iterations' noise within
 * a fork (the pooled standard deviation of every fork's measurement around its own mean, with all
 * iterations less the forks as degrees of freedom) and {@code t} Student's two-sided 99.9 %
 * quantile for them. A steady fork fails it once in a thousand. With 2 forks of 5 iterations, a
 * fork whose last warm-ups sit 4 standard deviations of the noise away fails it about 4 times in
 * 5 (9 in 10 when both forks do); with one fork of 5 (4 degrees of freedom) the bound is wider,
 * and such a fork fails 3 times in 10, one 8 deviations away 9 in 10 ({@code SettlingTest}
 * simulates the steady and shifted cases).
 *
 * <p>Each fork is compared with itself because forks of one benchmark may settle at different
 * levels (the JIT decides differently in each JVM). Until 2026-12-06 the rule compared the mean of
 * the last 3 warm-ups with the score's error, the 99.9 % bound of the mean of all measurement
 * iterations: that leaves out the noise of the 3-iteration mean itself, so it flagged about one
 * steady benchmark in eight (simulated, 2 forks × 5 iterations), and one spike among the last warm-ups
 * was enough.
 */
public final class Settling {

    /** Warm-up iterations per fork compared with the measurement. */
    static final int LAST = 5;
    /** Two-sided confidence of the bound, JMH's for its score error. */
    static final double CONFIDENCE = 0.999;

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
     * iterations, in fork order), had settled: every fork's last {@link #LAST} warm-ups agree with
     * that fork's measurement within the bound described above. False without warm-ups, with fewer
     * than {@link #LAST} in a fork, with a fork count that differs from the log's, with a fork
     * measured not at all, or with no more measurement iterations than forks (no noise to
     * measure). Iterations without any noise give a bound of 0: the means must then be equal.
     */
    boolean settled(String name, List<List<Double>> measured) {
        List<List<Double>> warmupForks = warmups.get(name);
        if (warmupForks == null || warmupForks.isEmpty() || warmupForks.size() != measured.size()) {
            return false;
        }
        int iterations = 0;
        double squares = 0;
        for (List<Double> measuredFork : measured) {
            if (measuredFork.isEmpty()) {
                return false;
            }
            double mean = mean(measuredFork);
            for (double v : measuredFork) {
                squares += (v - mean) * (v - mean);
            }
            iterations += measuredFork.size();
        }
        int degrees = iterations - measured.size();
        if (degrees < 1) {
            return false;
        }
        double noise = Math.sqrt(squares / degrees);
        double t = new TDistribution(null, degrees).inverseCumulativeProbability(1 - (1 - CONFIDENCE) / 2);
        for (int f = 0; f < warmupForks.size(); f++) {
            List<Double> warm = warmupForks.get(f);
            List<Double> measuredFork = measured.get(f);
            if (warm.size() < LAST) {
                return false;
            }
            double bound = t * noise * Math.sqrt(1.0 / LAST + 1.0 / measuredFork.size());
            if (Math.abs(mean(warm.subList(warm.size() - LAST, warm.size())) - mean(measuredFork)) > bound) {
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
