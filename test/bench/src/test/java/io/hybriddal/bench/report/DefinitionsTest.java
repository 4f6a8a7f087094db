package io.hybriddal.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;

/**
 * Every benchmark a ratio or a peer operation names exists, with the parameter values it names: a
 * benchmark renamed without its definition would drop its row from the results without a word.
 */
class DefinitionsTest {

    /** {@code Class.method} and any {@code [param=value]}, as {@link JmhResults} names scores. */
    private static final Pattern NAME = Pattern.compile("(\\w+)\\.(\\w+)((?:\\[\\w+=[^]]*])*)");
    private static final Pattern PARAMETER = Pattern.compile("\\[(\\w+)=([^]]*)]");

    @Test
    void everyRatioNamesBenchmarksThatExist() {
        for (Ratio ratio : Definitions.RATIOS) {
            assertBenchmarkExists(ratio.hybrid());
            assertBenchmarkExists(ratio.baseline());
        }
    }

    @Test
    void everyPeerOperationIsMeasuredOnBothSides() {
        for (String[] operation : Definitions.PEER) {
            assertBenchmarkExists("PeerDalBench." + operation[0]);
            assertBenchmarkExists("PeerHibernateBench." + operation[0]);
        }
    }

    @Test
    void aNameThatIsNotABenchmark_isCaught() {
        assertThat(benchmarkProblem("QueryBench.dalQueryIndexed")).isNull();
        assertThat(benchmarkProblem("QueryBench.noSuchMethod")).contains("no @Benchmark method");
        assertThat(benchmarkProblem("EtcdLargeBench.save[objects=5]")).contains("objects=5");
    }

    private static void assertBenchmarkExists(String name) {
        assertThat(benchmarkProblem(name)).as(name).isNull();
    }

    /** What is wrong with benchmark name {@code name}, or null when it names a benchmark that runs. */
    private static String benchmarkProblem(String name) {
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
            return "not a benchmark name: " + name;
        }
        Class<?> type;
        try {
            type = Class.forName("io.hybriddal.bench." + m.group(1));
        } catch (ClassNotFoundException e) {
            return "no class " + m.group(1);
        }
        boolean found = false;
        for (Method method : type.getMethods()) {
            found |= method.getName().equals(m.group(2)) && method.isAnnotationPresent(Benchmark.class);
        }
        if (!found) {
            return "no @Benchmark method " + name;
        }
        Matcher p = PARAMETER.matcher(m.group(3));
        while (p.find()) {
            if (!parameterValues(type, p.group(1)).contains(p.group(2))) {
                return "no @Param " + p.group(1) + "=" + p.group(2) + " in " + type.getSimpleName();
            }
        }
        return null;
    }

    /** The values of the {@code @Param} field {@code field}, declared by the benchmark or one of its state classes. */
    private static List<String> parameterValues(Class<?> benchmark, String field) {
        List<Class<?>> owners = new ArrayList<>(List.of(benchmark));
        owners.addAll(Arrays.asList(benchmark.getDeclaredClasses()));
        for (Class<?> owner : owners) {
            for (Field f : owner.getDeclaredFields()) {
                if (f.getName().equals(field) && f.isAnnotationPresent(Param.class)) {
                    return List.of(f.getAnnotation(Param.class).value());
                }
            }
        }
        return List.of();
    }
}
