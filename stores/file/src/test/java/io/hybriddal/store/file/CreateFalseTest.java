package io.hybriddal.store.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hybriddal.dal.StoreException;
import io.hybriddal.dal.spi.Commit;
import io.hybriddal.dal.spi.PersistentStore;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code file:<dir>?create=false} opens an existing store only: tools that read never create one at a mistyped path. */
class CreateFalseTest {

    @TempDir
    Path dir;

    @Test
    void aMissingDirectoryIsRefusedNamingItAndIsNotCreated() {
        Path typo = dir.resolve("typo");

        assertThatThrownBy(() -> PersistentStore.open("file:" + typo + "?create=false"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("no file store at [" + typo + "]");
        assertThat(typo).doesNotExist();
    }

    @Test
    void aDirectoryWithoutStoreIsRefusedAndStaysAsItWas() throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "mine");

        assertThatThrownBy(() -> PersistentStore.open("file:" + dir + "?create=false"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("[" + dir + "]");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(dir.resolve("notes.txt"));
        }
    }

    @Test
    void anExistingStoreOpensWithItsData() {
        try (PersistentStore store = PersistentStore.open("file:" + dir)) {
            store.commit(Commit.builder().put("k", new byte[] {7}).build());
        }
        try (PersistentStore store = PersistentStore.open("file:" + dir + "?create=false")) {
            assertThat(store.get("k").value()).containsExactly(7);
        }
    }

    @Test
    void createMustBeTrueOrFalse() {
        assertThatThrownBy(() -> PersistentStore.open("file:" + dir + "?create=no"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("create must be true or false");
    }
}
