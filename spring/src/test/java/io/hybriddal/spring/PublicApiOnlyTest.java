package io.hybriddal.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The starter is a client of hybrid-dal's public API only, as the command and the report are. */
class PublicApiOnlyTest {

    @Test
    void noSourceOfTheStarterOrItsTestsNamesDalInternals() throws IOException {
        String internal = String.join(".", "io", "hybriddal", "dal", "internal");   // joined, so this file does not match
        try (Stream<Path> files = Stream.of("src/main/java", "src/test/java").flatMap(PublicApiOnlyTest::walk)) {
            assertThat(files.filter(p -> p.toString().endsWith(".java")).filter(p -> read(p).contains(internal))).isEmpty();
        }
    }

    private static Stream<Path> walk(String root) {
        try {
            return Files.walk(Path.of(root));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
