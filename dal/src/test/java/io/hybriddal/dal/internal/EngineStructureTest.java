package io.hybriddal.dal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The engine reads in one direction: no import cycle between its packages, and no source file of
 * the module over 300 lines. Reads the module's sources, so a change that breaks either fails here.
 */
class EngineStructureTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final String ENGINE = "io.hybriddal.dal.internal";
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern USE = Pattern.compile("\\b(io\\.hybriddal\\.dal\\.internal(?:\\.[a-z]\\w*)*)\\.[A-Z]");

    @Test
    void enginePackages_importEachOtherWithoutCycles() {
        Map<String, Set<String>> uses = packageUses();
        assertThat(uses).containsKeys(ENGINE, ENGINE + ".object", ENGINE + ".read", ENGINE + ".write");
        assertThat(cycles(uses)).as("packages that reach themselves through imports").isEmpty();
    }

    @Test
    void noSourceFile_isLongerThan300Lines() {
        Map<String, Long> tooLong = new TreeMap<>();
        sources().forEach(file -> {
            long lines = lines(file).size();
            if (lines > 300) {
                tooLong.put(SOURCES.relativize(file).toString(), lines);
            }
        });
        assertThat(tooLong).isEmpty();
    }

    private static Map<String, Set<String>> packageUses() {
        Map<String, Set<String>> uses = new HashMap<>();
        sources().forEach(file -> {
            String text = String.join("\n", lines(file));
            Matcher p = PACKAGE.matcher(text);
            if (!p.find() || !p.group(1).startsWith(ENGINE)) {
                return;
            }
            Set<String> used = uses.computeIfAbsent(p.group(1), k -> new TreeSet<>());
            Matcher u = USE.matcher(text);
            while (u.find()) {
                if (!u.group(1).equals(p.group(1))) {
                    used.add(u.group(1));
                }
            }
        });
        return uses;
    }

    /** The packages from which a path of uses leads back to themselves. */
    private static Set<String> cycles(Map<String, Set<String>> uses) {
        Set<String> cyclic = new TreeSet<>();
        for (String start : uses.keySet()) {
            List<String> frontier = new ArrayList<>(uses.get(start));
            Set<String> seen = new HashSet<>();
            while (!frontier.isEmpty()) {
                String next = frontier.remove(frontier.size() - 1);
                if (next.equals(start)) {
                    cyclic.add(start);
                    break;
                }
                if (seen.add(next)) {
                    frontier.addAll(uses.getOrDefault(next, Set.of()));
                }
            }
        }
        return cyclic;
    }

    private static List<Path> sources() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
