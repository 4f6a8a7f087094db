package io.hybriddal.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guide cannot rot: every {@code java} block of docs/*.md compiles against the published
 * modules, and every runnable snippet runs on the memory store with its {@code assert}s enabled.
 * Failures name the chapter and line of the sample.
 */
class GuideSamplesTest {

    private static final Path DOCS = Path.of("../../docs");

    @TempDir
    static Path dir;

    private static List<GuideSample> samples;
    private static List<String> errors;
    private static SampleCompiler compiler;

    @BeforeAll
    static void compileTheGuide() throws IOException {
        samples = GuideSample.readAll(DOCS);
        compiler = new SampleCompiler(dir);
        errors = compiler.compile(samples, Map.of("samples/Fixture.java", fixture()));
    }

    @Test
    void everyJavaBlockOfTheGuide_compilesAgainstThePublishedModules() {
        assertThat(samples).as("java blocks in docs/").hasSizeGreaterThanOrEqualTo(40);
        assertThat(samples.stream().filter(s -> s.kind() == GuideSample.Kind.MODULE)).as("module samples").isNotEmpty();
        assertThat(errors).as("samples of the guide that do not compile").isEmpty();
    }

    @Test
    void everyRunnableSnippet_runsOnTheMemoryStore_andItsAssertsHold() throws Exception {
        assertThat(errors).as("compile errors").isEmpty();
        List<GuideSample> runnable = samples.stream().filter(GuideSample::runnable).toList();
        assertThat(runnable).as("runnable snippets").hasSizeGreaterThanOrEqualTo(25);
        List<String> failures = new ArrayList<>();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {compiler.classes().toUri().toURL()},
                GuideSamplesTest.class.getClassLoader())) {
            loader.setDefaultAssertionStatus(true); // the guide states its claims as assert statements
            Method fixture = loader.loadClass(SampleCompiler.PACKAGE + ".Fixture").getMethod("run", Method.class);
            for (GuideSample s : runnable) {
                Method sample = loader.loadClass(SampleCompiler.className(s)).getMethods()[0];
                try {
                    fixture.invoke(null, sample);
                } catch (java.lang.reflect.InvocationTargetException e) {
                    failures.add(failedAt(s, e.getCause()) + ": " + e.getCause());
                }
            }
        }
        assertThat(failures).as("runnable snippets that failed").isEmpty();
    }

    @Test
    void aSampleThatDoesNotCompile_isReportedAtItsChapterAndLine(@TempDir Path other) throws IOException {
        List<GuideSample> broken = new ArrayList<>(samples.stream().filter(s -> s.kind() == GuideSample.Kind.UNIT).toList());
        broken.addAll(GuideSample.parse("broken.md", """
                # A chapter

                ```java
                VDisk d = dal.create(VDisk.class);
                d.setSize("ten");
                ```

                ```java
                // file: com/example/broken/Unit.java
                package com.example.broken;

                class Unit { int n = "one"; }
                ```
                """));

        List<String> found = new SampleCompiler(other).compile(broken, Map.of());

        assertThat(found).hasSize(2);
        assertThat(found.get(0)).startsWith("docs/broken.md:5: ");
        assertThat(found.get(1)).startsWith("docs/broken.md:12: ").contains("incompatible types");
    }

    @Test
    void aBlockThatIsNeverClosed_isAnError_namingItsLine() {
        assertThatThrownBy(() -> GuideSample.parse("open.md", "text\n\n```java\nint x = 1;\n"))
                .hasMessageContaining("docs/open.md:3").hasMessageContaining("never closed");
    }

    @Test
    void blocksAreClassified_byTheirFirstLine() {
        List<GuideSample> parsed = GuideSample.parse("kinds.md", """
                ```java
                // file: a/B.java
                package a; class B {}
                ```
                - an item:
                  ```java
                  // run
                  assert true;
                  ```
                ```java
                // file: module-info.java
                module a {}
                ```
                """);

        assertThat(parsed).extracting(GuideSample::kind)
                .containsExactly(GuideSample.Kind.UNIT, GuideSample.Kind.SNIPPET, GuideSample.Kind.MODULE);
        assertThat(parsed.get(1).runnable()).isTrue();
        assertThat(parsed.get(1).code()).isEqualTo("// run\nassert true;\n");
        assertThat(parsed).extracting(GuideSample::line).containsExactly(2, 7, 11);
    }

    /** The guide's file and line where a runnable snippet failed: its frame in the stack, else its first line. */
    private static String failedAt(GuideSample s, Throwable failure) {
        for (StackTraceElement frame : failure.getStackTrace()) {
            if (frame.getClassName().equals(SampleCompiler.className(s)) && frame.getLineNumber() > 0) {
                return "docs/" + s.file() + ":" + SampleCompiler.guideLine(s, frame.getLineNumber());
            }
        }
        return s.where();
    }

    private static String fixture() throws IOException {
        try (InputStream in = GuideSamplesTest.class.getResourceAsStream("/fixture/Fixture.java")) {
            assertThat(in).as("fixture/Fixture.java").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
