package io.hybriddal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The command is a client of dal's public API only (issue 9): dal's internals change without
 * notice, and a tool that reaches into them breaks with every restructuring.
 */
class PublicApiOnlyTest {

    /** Joined at run time, so that neither this file nor its class file matches a search for it. */
    static final String INTERNAL = String.join(".", "io", "hybriddal", "dal", "internal");

    @Test
    void noSourceOfTheCommandOrItsTestsNamesDalInternals() throws IOException {
        List<Path> offending;
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/java")), Files.walk(Path.of("src/test/java")))) {
            offending = files.filter(p -> p.toString().endsWith(".java")).filter(PublicApiOnlyTest::namesInternals).toList();
        }
        assertThat(offending).isEmpty();
    }

    private static boolean namesInternals(Path file) {
        try {
            return Files.readString(file).contains(INTERNAL);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
