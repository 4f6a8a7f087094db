package io.hybriddal.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Quick start compiles and runs as it stands: its {@code java} blocks that start with
 * {@code // file: path} are written to those files, compiled against this module's class path,
 * and its main method prints what the README says it prints.
 */
class ReadmeQuickStartTest {

    private static final Pattern FILE_BLOCK = Pattern.compile("```java\\n// file: (\\S+)\\n(.*?)```", Pattern.DOTALL);

    @TempDir
    Path dir;

    @Test
    void quickStart_compilesAndRuns_printingWhatTheReadmeSays() throws Exception {
        String readme = Files.readString(Path.of("../../README.md"));
        List<Path> sources = new ArrayList<>();
        Matcher m = FILE_BLOCK.matcher(readme);
        while (m.find()) {
            Path file = dir.resolve("src").resolve(m.group(1));
            Files.createDirectories(file.getParent());
            Files.writeString(file, m.group(2));
            sources.add(file);
        }
        assertThat(sources).as("the README's quick-start files").hasSize(4);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        assertThat(compile(sources, classes)).as("compile errors").isEmpty();

        String printed = runMain(classes, "quickstart.QuickStart");

        assertThat(printed.lines()).containsExactly("1 vdisk in pool-a", "[vd1@daily]", "vd1", "pool-b, size 10");
        assertThat(readme).contains("It prints `1 vdisk in pool-a`, `[vd1@daily]`, `vd1` and `pool-b, size 10`.");
    }

    private static List<String> compile(List<Path> sources, Path classes) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            List<String> options = List.of("-d", classes.toString(), "-proc:none",
                    "-classpath", System.getProperty("java.class.path"));
            javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources)).call();
        }
        return diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> d.getSource().getName() + ":" + d.getLineNumber() + ": " + d.getMessage(null)).toList();
    }

    private static String runMain(Path classes, String mainClass) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream original = System.out;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, ReadmeQuickStartTest.class.getClassLoader())) {
            Method main = loader.loadClass(mainClass).getMethod("main", String[].class);
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            main.invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(original);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
