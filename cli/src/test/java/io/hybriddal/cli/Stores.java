package io.hybriddal.cli;

import io.hybriddal.dal.spi.PersistentStore;
import java.nio.file.Path;

/** Stores for tests of the commands. */
final class Stores {

    private Stores() {
    }

    /** The URI of a new, empty file store in {@code parent}/empty (created, as the read-only commands need). */
    static String emptyFileStore(Path parent) {
        String uri = "file:" + parent.resolve("empty");
        PersistentStore.open(uri).close();
        return uri;
    }
}
