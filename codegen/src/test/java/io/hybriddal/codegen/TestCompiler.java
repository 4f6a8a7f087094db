package io.hybriddal.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles sources in-process with {@link HybridProcessor}, keeping every output (classes,
 * generated sources, resources) in memory. The test class path provides hybrid-dal.
 */
final class TestCompiler {

    private static final JavaCompiler JAVAC = ToolProvider.getSystemJavaCompiler();
    private static final Pattern PACKAGE = Pattern.compile("package\\s+([\\w.]+)\\s*;");
    private static final Pattern TYPE = Pattern.compile("(?:class|interface|enum|record)\\s+(\\w+)");

    private TestCompiler() {
    }

    /** A compilation's diagnostics and outputs. */
    record Result(List<Diagnostic<? extends JavaFileObject>> diagnostics, Map<String, byte[]> outputs,
                  Map<String, String> sources) {

        /** Errors and warnings (notes left out), in report order. */
        List<Diagnostic<? extends JavaFileObject>> problems() {
            return diagnostics.stream().filter(d -> d.getKind() != Diagnostic.Kind.NOTE).toList();
        }

        boolean succeeded() {
            return diagnostics.stream().noneMatch(d -> d.getKind() == Diagnostic.Kind.ERROR);
        }

        /** An output file by its path ({@code t/VDisk_.java}, {@code META-INF/hybrid-dal/hybrids}). */
        String text(String path) {
            byte[] bytes = outputs.get(path);
            assertThat(bytes).as("output " + path + " among " + outputs.keySet()).isNotNull();
            return new String(bytes, StandardCharsets.UTF_8);
        }

        /**
         * Asserts the compilation reported exactly one problem: of {@code kind}, on the line of the
         * source file holding {@code marker} (the offending element), with every fragment in its message.
         */
        void assertSingle(Diagnostic.Kind kind, String marker, String... fragments) {
            assertThat(problems()).as("diagnostics").hasSize(1);
            Diagnostic<? extends JavaFileObject> d = problems().get(0);
            String message = d.getMessage(null);
            assertThat(d.getKind()).as(message).isEqualTo(kind);
            assertThat(d.getSource()).as("diagnostic source of: " + message).isNotNull();
            String file = d.getSource().getName();
            String source = sources.get(file.substring(file.lastIndexOf('/') + 1));
            assertThat(d.getLineNumber()).as("line of " + marker + " for: " + message).isEqualTo(lineOf(source, marker));
            assertThat(message).contains(fragments);
        }

        void assertSingleError(String marker, String... fragments) {
            assertSingle(Diagnostic.Kind.ERROR, marker, fragments);
        }

        void assertClean() {
            assertThat(problems()).as("diagnostics").isEmpty();
        }

        /** The compiled classes, loadable, their class files readable (parent: the test class loader). */
        ClassLoader classLoader() {
            return new ClassLoader(TestCompiler.class.getClassLoader()) {
                @Override
                protected Class<?> findClass(String name) throws ClassNotFoundException {
                    byte[] bytes = outputs.get(name.replace('.', '/') + ".class");
                    if (bytes == null) {
                        throw new ClassNotFoundException(name);
                    }
                    return defineClass(name, bytes, 0, bytes.length);
                }

                /** Class files too, as a jar would: registration reads declaration order from them. */
                @Override
                public InputStream getResourceAsStream(String name) {
                    byte[] bytes = outputs.get(name);
                    return bytes != null ? new ByteArrayInputStream(bytes) : super.getResourceAsStream(name);
                }
            };
        }

        /** Writes the class files to {@code dir}, to put them on another compilation's class path. */
        void writeClassesTo(Path dir) {
            outputs.forEach((path, bytes) -> {
                if (path.endsWith(".class")) {
                    try {
                        Path file = dir.resolve(path);
                        Files.createDirectories(file.getParent());
                        Files.write(file, bytes);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
        }
    }

    /** Runs the processor only (no class files): enough for diagnostics, faster. */
    static Result check(String... sources) {
        return run(List.of("-proc:only"), null, sources);
    }

    /** A full compilation, generated sources included. */
    static Result compile(String... sources) {
        return run(List.of(), null, sources);
    }

    /** A full compilation without the processor: classes as they are when the processor did not run. */
    static Result compileWithoutProcessor(String... sources) {
        return run(List.of("-proc:none"), null, sources);
    }

    /** A full compilation with {@code extraClasses} added to the class path. */
    static Result compileWith(Path extraClasses, String... sources) {
        return run(List.of(), extraClasses, sources);
    }

    /** The 1-based line of {@code source} holding {@code marker}. */
    static long lineOf(String source, String marker) {
        int at = source.indexOf(marker);
        assertThat(at).as("marker " + marker).isNotNegative();
        return source.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    private static Result run(List<String> extraOptions, Path extraClasses, String... sources) {
        Map<String, String> byFile = new LinkedHashMap<>();
        List<JavaFileObject> units = new ArrayList<>();
        for (String source : sources) {
            String fileName = typeName(source) + ".java";
            byFile.put(fileName, source);
            units.add(new Source(packagePath(source) + fileName, source));
        }
        String classPath = System.getProperty("java.class.path")
                + (extraClasses == null ? "" : File.pathSeparator + extraClasses);
        List<String> options = new ArrayList<>(List.of("-classpath", classPath, "-Xdiags:verbose"));
        options.addAll(extraOptions);
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Map<String, byte[]> outputs = new LinkedHashMap<>();
        StandardJavaFileManager standard = JAVAC.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8);
        try (InMemoryOutput fm = new InMemoryOutput(standard, outputs)) {
            JavaCompiler.CompilationTask task = JAVAC.getTask(null, fm, diagnostics, options, null, units);
            if (!extraOptions.contains("-proc:none")) {
                task.setProcessors(List.of(new HybridProcessor()));
            }
            task.call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Result(diagnostics.getDiagnostics(), outputs, byFile);
    }

    /** The name of the first type {@code source} declares, qualified by its package. */
    static String qualifiedTypeName(String source) {
        return packagePath(source).replace('/', '.') + typeName(source);
    }

    private static String typeName(String source) {
        Matcher m = TYPE.matcher(source);
        assertThat(m.find()).as("a type in the source").isTrue();
        return m.group(1);
    }

    private static String packagePath(String source) {
        Matcher m = PACKAGE.matcher(source);
        return m.find() ? m.group(1).replace('.', '/') + "/" : "";
    }

    /** A source file held in memory. */
    private static final class Source extends SimpleJavaFileObject {
        private final String text;

        Source(String path, String text) {
            super(URI.create("mem:///" + path), Kind.SOURCE);
            this.text = text;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }

    /** Catches every output (classes, generated sources, resources) into {@code outputs}, keyed by path. */
    private static final class InMemoryOutput extends ForwardingJavaFileManager<StandardJavaFileManager> {
        private final Map<String, byte[]> outputs;

        InMemoryOutput(StandardJavaFileManager fm, Map<String, byte[]> outputs) {
            super(fm);
            this.outputs = outputs;
        }

        @Override
        public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                                                   FileObject sibling) {
            return new Output(className.replace('.', '/') + kind.extension, kind, outputs);
        }

        @Override
        public FileObject getFileForOutput(Location location, String packageName, String relativeName, FileObject sibling) {
            String path = (packageName.isEmpty() ? "" : packageName.replace('.', '/') + "/") + relativeName;
            return new Output(path, JavaFileObject.Kind.OTHER, outputs);
        }
    }

    /** One output file; its content is readable back (javac compiles generated sources from it). */
    private static final class Output extends SimpleJavaFileObject {
        private final String path;
        private final Map<String, byte[]> outputs;

        Output(String path, Kind kind, Map<String, byte[]> outputs) {
            super(URI.create("mem:///" + path), kind);
            this.path = path;
            this.outputs = outputs;
        }

        @Override
        public OutputStream openOutputStream() {
            return new ByteArrayOutputStream() {
                @Override
                public void close() {
                    outputs.put(path, toByteArray());
                }
            };
        }

        @Override
        public InputStream openInputStream() {
            return new ByteArrayInputStream(outputs.getOrDefault(path, new byte[0]));
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return new String(outputs.getOrDefault(path, new byte[0]), StandardCharsets.UTF_8);
        }
    }
}
