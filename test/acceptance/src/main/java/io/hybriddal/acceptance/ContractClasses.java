package io.hybriddal.acceptance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The {@code *Contract} classes of this package, found by listing its class files (in the
 * classes directory or the jar) rather than by a list someone has to keep, so that a new
 * contract is noticed.
 */
final class ContractClasses {

    private static final String PACKAGE = ContractClasses.class.getPackageName().replace('.', '/') + "/";

    private ContractClasses() {
    }

    /** Simple names of the contract classes, sorted. */
    static List<String> simpleNames() {
        try {
            Path location = Path.of(ContractClasses.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                return namesIn(location.resolve(PACKAGE));
            }
            try (FileSystem jar = FileSystems.newFileSystem(location, Map.of())) {
                return namesIn(jar.getPath(PACKAGE));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> namesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith("Contract.class"))
                    .map(n -> n.substring(0, n.length() - ".class".length()))
                    .sorted()
                    .toList();
        }
    }
}
