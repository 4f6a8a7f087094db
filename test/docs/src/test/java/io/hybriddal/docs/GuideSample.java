package io.hybriddal.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One {@code java} block of the guide, as docs/README.md defines them: a whole compilation unit
 * ({@code // file: path} on its first line; {@code module-info.java} is compiled as a module), or a
 * snippet of statements (run against the memory store when its first line is {@code // run}).
 *
 * @param file     the chapter's file name ({@code queries.md})
 * @param line     the chapter's line of the block's first line of code
 * @param kind     how the block is compiled
 * @param path     the source path of a unit ({@code com/example/storage/VDisk.java}); null for a snippet
 * @param code     the block's text, without the fences
 * @param runnable whether the snippet is run
 */
record GuideSample(String file, int line, Kind kind, String path, String code, boolean runnable) {

    enum Kind { UNIT, MODULE, SNIPPET }

    private static final Pattern OPEN = Pattern.compile("^(\\s*)```java\\s*$");
    private static final Pattern CLOSE = Pattern.compile("^\\s*```\\s*$");
    private static final Pattern FILE = Pattern.compile("^//\\s*file:\\s*(\\S+\\.java)\\s*$");
    private static final Pattern RUN = Pattern.compile("^//\\s*run\\b.*$");

    /** Where this block is, as an editor opens it: {@code docs/queries.md:42}. */
    String where() {
        return "docs/" + file + ":" + line;
    }

    /** The java blocks of every {@code *.md} file in {@code docs}, by file name, then in order. */
    static List<GuideSample> readAll(Path docs) {
        try (Stream<Path> files = Files.list(docs)) {
            List<GuideSample> samples = new ArrayList<>();
            for (Path md : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                samples.addAll(parse(md.getFileName().toString(), Files.readString(md)));
            }
            return samples;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the guide in " + docs, e);
        }
    }

    /**
     * The java blocks of one chapter. A block indented under a list item keeps its lines without
     * that indentation. An unclosed block is an error naming its line, not a silently skipped sample.
     */
    static List<GuideSample> parse(String file, String markdown) {
        List<GuideSample> samples = new ArrayList<>();
        String[] lines = markdown.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher open = OPEN.matcher(lines[i]);
            if (!open.matches()) {
                continue;
            }
            int indent = open.group(1).length();
            int first = i + 1;
            StringBuilder code = new StringBuilder();
            int j = first;
            for (; j < lines.length && !CLOSE.matcher(lines[j]).matches(); j++) {
                String l = lines[j];
                code.append(l, Math.min(indent, leadingSpaces(l)), l.length()).append('\n');
            }
            if (j == lines.length) {
                throw new IllegalArgumentException("docs/" + file + ":" + (i + 1) + ": a ```java block that is never closed");
            }
            samples.add(of(file, first + 1, code.toString()));
            i = j;
        }
        return samples;
    }

    private static GuideSample of(String file, int line, String code) {
        String firstLine = code.lines().findFirst().orElse("").strip();
        Matcher unit = FILE.matcher(firstLine);
        if (unit.matches()) {
            String path = unit.group(1);
            Kind kind = path.equals("module-info.java") || path.endsWith("/module-info.java") ? Kind.MODULE : Kind.UNIT;
            return new GuideSample(file, line, kind, path, code, false);
        }
        return new GuideSample(file, line, Kind.SNIPPET, null, code, RUN.matcher(firstLine).matches());
    }

    private static int leadingSpaces(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n;
    }
}
