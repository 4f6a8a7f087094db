package io.hybriddal.dal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guids are read from keys in one place, {@code Keys.guidOf} (and {@code Keys.guidOfSegment}),
 * so no path can decode them differently from the others.
 */
class GuidDecodingStructureTest {

    private static final Path ENGINE = Path.of("src/main/java/io/hybriddal/dal/internal");
    private static final Path KEYS = ENGINE.resolve("codec/Keys.java");
    private static final Path SEGMENTS = ENGINE.resolve("codec/KeySegments.java");

    @Test
    void noEngineSourceButKeysCutsAGuidOffAKeyOrUnescapesOne() throws IOException {
        try (Stream<Path> files = Files.walk(ENGINE)) {
            List<String> offenders = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.equals(KEYS) && !f.equals(SEGMENTS))
                    .filter(f -> decodesAGuid(read(f)))
                    .map(Path::toString)
                    .toList();

            assertThat(offenders).as("read guids from keys with Keys.guidOf").isEmpty();
        }
    }

    private static boolean decodesAGuid(String source) {
        return source.contains("lastIndexOf('/')") || source.contains("URLDecoder") || source.contains("KeySegments.unescape");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
