package io.hybriddal.docs;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles the guide's samples against this module's test class path (the published modules),
 * with hybrid-dal's annotation processor, and reports each error at the guide's file and line.
 * Units are compiled as they stand; a snippet becomes the body of
 * {@code public static void run(Dal dal, VPool pool, VDisk disk) throws Exception} in a class of
 * package {@code samples} with {@link #IMPORTS}. Not thread-safe; one per compilation.
 */
final class SampleCompiler {

    static final String PACKAGE = "samples";

    /** What every snippet may use without importing it; docs/README.md lists the same. */
    static final List<String> IMPORTS = List.of(
            "io.hybriddal.dal.*", "io.hybriddal.dal.spi.*", "io.hybriddal.dal.memory.*",
            "io.hybriddal.report.GraphSvg", "io.hybriddal.report.ReportData", "io.hybriddal.report.ReportGenerator",
            "io.hybriddal.report.ReportOptions",
            "io.micrometer.core.instrument.MeterRegistry", "io.micrometer.core.instrument.simple.SimpleMeterRegistry",
            "io.micrometer.observation.*",
            "com.example.storage.*",
            "java.nio.file.*", "java.time.*", "java.util.*", "java.util.concurrent.*", "java.util.concurrent.atomic.*", "java.util.function.*");

    static final String SIGNATURE = "public static void run(Dal dal, VPool pool, VDisk disk) throws Exception {";

    private static final JavaCompiler JAVAC = ToolProvider.getSystemJavaCompiler();

    private final Path dir;
    /** Source file → the sample it holds and how many lines precede the sample's first line there. */
    private final Map<Path, Placed> placed = new HashMap<>();

    private record Placed(GuideSample sample, int offset) {
    }

    SampleCompiler(Path dir) {
        this.dir = dir;
    }

    /** The name of the class a snippet compiles to. */
    static String className(GuideSample snippet) {
        return PACKAGE + ".Sample_" + snippet.file().replaceAll("\\.md$", "").replaceAll("[^A-Za-z0-9]", "_") + "_" + snippet.line();
    }

    /** The guide's line of line {@code javaLine} of a snippet's compiled class (from a stack trace). */
    static int guideLine(GuideSample snippet, int javaLine) {
        return snippet.line() + Math.max(javaLine - 1 - header().size(), 0);
    }

    /**
     * Compiles {@code samples} (units, snippets and {@code extra} sources such as the fixture) into
     * {@code classes()}; every error, as {@code docs/FILE:LINE: message}. Module samples are
     * compiled afterwards, as one module with the units.
     */
    List<String> compile(List<GuideSample> samples, Map<String, String> extra) throws IOException {
        List<Path> sources = new ArrayList<>();
        for (GuideSample s : samples) {
            switch (s.kind()) {
                case UNIT -> sources.add(write(s, "src/" + s.path(), s.code(), 0));
                case SNIPPET -> sources.add(write(s, "src/" + className(s).replace('.', '/') + ".java", wrap(s), header().size()));
                case MODULE -> { }
            }
        }
        for (Map.Entry<String, String> e : extra.entrySet()) {
            sources.add(write(null, "src/" + e.getKey(), e.getValue(), 0));
        }
        String classPath = System.getProperty("java.class.path");
        List<String> errors = javac(sources, List.of("-d", classes().toString(), "-s", dir.resolve("generated").toString(),
                "-classpath", classPath, "-processorpath", classPath,
                "-processor", "io.hybriddal.codegen.HybridProcessor", "-Xlint:none", "-g"));
        if (!errors.isEmpty()) {
            return errors;
        }
        for (GuideSample module : samples.stream().filter(s -> s.kind() == GuideSample.Kind.MODULE).toList()) {
            errors.addAll(compileModule(module, samples));
        }
        return errors;
    }

    Path classes() throws IOException {
        return Files.createDirectories(dir.resolve("classes"));
    }

    /**
     * A module sample with every unit of the guide, on a module path of this class path's modules: the
     * packages it opens exist, and what it requires resolves as it would in an application.
     */
    private List<String> compileModule(GuideSample module, List<GuideSample> samples) throws IOException {
        String name = "module-" + module.file().replace(".md", "") + "-" + module.line();
        List<Path> sources = new ArrayList<>();
        sources.add(write(module, name + "/module-info.java", module.code(), 0));
        for (GuideSample s : samples) {
            if (s.kind() == GuideSample.Kind.UNIT) {
                sources.add(write(s, name + "/" + s.path(), s.code(), 0));
            }
        }
        String modulePath = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                // jars, and the reactor's modules as class directories (what Maven hands over before they are packaged)
                .filter(p -> p.endsWith(".jar") || Files.exists(Path.of(p, "module-info.class"))).reduce((a, b) -> a + File.pathSeparator + b).orElse("");
        Path out = Files.createDirectories(dir.resolve(name).resolve("classes"));
        return javac(sources, List.of("-d", out.toString(), "--module-path", modulePath, "-proc:none", "-Xlint:none"));
    }

    private Path write(GuideSample sample, String relative, String text, int offset) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        if (sample != null) {
            placed.put(file.toAbsolutePath().normalize(), new Placed(sample, offset));
        }
        return file;
    }

    private static List<String> header() {
        List<String> lines = new ArrayList<>();
        lines.add("package " + PACKAGE + ";");
        IMPORTS.forEach(i -> lines.add("import " + i + ";"));
        lines.add("@SuppressWarnings(\"all\")");
        return lines;
    }

    /** The snippet inside its class; the class line shares the header's last line so the body starts right after it. */
    private static String wrap(GuideSample snippet) {
        List<String> lines = header();
        String simpleName = className(snippet).substring(PACKAGE.length() + 1);
        lines.set(lines.size() - 1, lines.get(lines.size() - 1) + " public final class " + simpleName + " { " + SIGNATURE);
        return String.join("\n", lines) + "\n" + snippet.code() + "}}\n";
    }

    private List<String> javac(List<Path> sources, List<String> options) throws IOException {
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = JAVAC.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            JAVAC.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources)).call();
        }
        List<String> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                errors.add(where(d) + ": " + d.getMessage(null));
            }
        }
        return errors;
    }

    /** The guide's file and line of a diagnostic; a generated file's own path when it is not a sample. */
    private String where(Diagnostic<? extends JavaFileObject> d) {
        if (d.getSource() == null) {
            return "(no source)";
        }
        Path source = Path.of(d.getSource().toUri()).toAbsolutePath().normalize();
        Placed p = placed.get(source);
        if (p == null) {
            return source + ":" + d.getLineNumber();
        }
        long line = Math.max(d.getLineNumber() - 1 - p.offset(), 0) + p.sample().line();
        return "docs/" + p.sample().file() + ":" + line;
    }
}
