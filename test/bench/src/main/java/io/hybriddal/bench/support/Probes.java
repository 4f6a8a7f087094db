package io.hybriddal.bench.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Measurements that are not JMH scores (store round trips, heap bytes per object) are written
 * as one line {@code name<TAB>value<TAB>unit<TAB>note} to a file per probe in the directory named
 * by {@code BENCH_PROBES} (scripts/bench.sh sets it), where the report tool picks them up. Without
 * it they are only printed.
 */
public final class Probes {

    private Probes() {
    }

    public static void record(String name, double value, String unit, String note) {
        String line = String.format(Locale.ROOT, "%s\t%s\t%s\t%s%n", name, value, unit, note.replace('\t', ' ').replace('\n', ' '));
        System.out.print("PROBE " + line);
        String dir = System.getenv("BENCH_PROBES");
        if (dir == null || dir.isBlank()) {
            return;
        }
        try {
            Path d = Files.createDirectories(Path.of(dir));
            Files.writeString(d.resolve(name.replaceAll("[^A-Za-z0-9_.-]", "_") + ".tsv"), line, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
