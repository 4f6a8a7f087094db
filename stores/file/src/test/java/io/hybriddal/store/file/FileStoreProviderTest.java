package io.hybriddal.store.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hybriddal.dal.spi.Commit;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.StoreWatch;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code file:} URI forms, resolved through {@link PersistentStore#open(String)}. */
class FileStoreProviderTest {

    @TempDir
    Path dir;

    @Test
    void fileColonAbsolutePath_opensThatDirectory() {
        assertOpensIn("file:" + dir.resolve("abs"), dir.resolve("abs"));
    }

    @Test
    void fileTripleSlash_opensThatAbsoluteDirectory() {
        assertOpensIn("file://" + dir.resolve("triple"), dir.resolve("triple"));
    }

    @Test
    void fileColonRelativePath_opensRelativeToTheWorkingDirectory() {
        Path relative = Path.of("").toAbsolutePath().relativize(dir.resolve("rel"));
        assertThat(relative.isAbsolute()).isFalse();
        assertOpensIn("file:" + relative, dir.resolve("rel"));
    }

    @Test
    void parameters_setNamespace_andHistory() throws InterruptedException {
        try (PersistentStore store = PersistentStore.open("file:" + dir + "?namespace=tenant-a&history=1")) {
            assertThat(store.namespace()).isEqualTo("tenant-a");
            store.commit(Commit.builder().put("k", new byte[1]).build());
            store.commit(Commit.builder().put("k", new byte[2]).build());
            // history=1 keeps only the last commit: from revision 1, commit 2 is still replayable...
            RecordingListener listener = new RecordingListener();
            StoreWatch watch = store.watch("", 1, listener);
            try {
                assertThat(listener.next()).isEqualTo("put k @2");
            } finally {
                watch.close();
            }
            // ...but after commit 3 it is gone, and a watch from revision 1 is told so first.
            RecordingListener older = new RecordingListener();
            store.commit(Commit.builder().put("k", new byte[3]).build());
            StoreWatch olderWatch = store.watch("", 1, older);
            try {
                assertThat(older.next()).isEqualTo("compacted @2");
                assertThat(older.next()).isEqualTo("put k @3");
            } finally {
                olderWatch.close();
            }
        }
    }

    @Test
    void badUris_areRejected_namingTheUri() {
        assertThatThrownBy(() -> PersistentStore.open("file:"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[file:]");
        assertThatThrownBy(() -> PersistentStore.open("file:" + dir + "?histroy=5"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("histroy");
        assertThatThrownBy(() -> PersistentStore.open("file:" + dir + "?history=-1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("history");
        assertThatThrownBy(() -> PersistentStore.open("file://somehost:1/data"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("host");
    }

    private static void assertOpensIn(String uri, Path expected) {
        try (PersistentStore store = PersistentStore.open(uri)) {
            assertThat(store).isInstanceOf(FilePersistentStore.class);
            assertThat(((FilePersistentStore) store).directory()).isEqualTo(expected);
            assertThat(store.namespace()).isEmpty();
        }
        assertThat(expected.resolve(StoreFile.FILE_NAME)).isRegularFile();
    }
}
