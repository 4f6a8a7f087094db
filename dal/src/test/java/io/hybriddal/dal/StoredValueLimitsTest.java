package io.hybriddal.dal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hybriddal.dal.memory.MemoryPersistentStore;
import io.hybriddal.dal.model.Note;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the writer accepts, the reader reads: save refuses a value the reader's limits would refuse. */
class StoredValueLimitsTest {

    private static final int MAX_NAME = 50_000;
    private static final int MAX_STRING = 20_000_000;

    private final MemoryPersistentStore store = new MemoryPersistentStore();
    private final Dal dal = Dal.builder().persistentStore(store).register(Note.class).maxDocumentBytes(64 << 20).build();

    @AfterEach
    void close() {
        dal.close();
    }

    private Note note(String title) {
        Note note = dal.create(Note.class);
        note.setTitle(title);
        return note;
    }

    @Test
    void save_refusesAMapKeyLongerThanTheReaderReads_namingHybridGuidAndProperty_andWritesNothing() {
        long before = store.currentRevision();
        Note note = note("long key");
        note.setLabels(Map.of("k".repeat(MAX_NAME + 1), "v"));

        assertThatThrownBy(note::save).isInstanceOf(StoreException.class)
                .hasMessageContaining("note").hasMessageContaining(note.getGuid()).hasMessageContaining("'labels'")
                .hasMessageContaining("nothing was written");
        assertThat(store.currentRevision()).isEqualTo(before);
        assertThat(note.isNew()).isTrue();
    }

    @Test
    void save_acceptsAMapKeyAtTheReadersLimit_andAnotherDalReadsItBack() {
        Note note = note("key at the limit");
        String key = "k".repeat(MAX_NAME);
        note.setLabels(Map.of(key, "v"));
        note.save();

        try (Dal other = Dal.builder().persistentStore(store).register(Note.class).build()) {
            assertThat(other.get(Note.class, note.getGuid()).getLabels()).containsExactly(Map.entry(key, "v"));
        }
    }

    @Test
    void save_refusesAStringLongerThanTheReaderReads_evenUnderTheDocumentSizeLimit() {
        long before = store.currentRevision();
        Note note = note("long string");
        note.setWords(java.util.List.of("w".repeat(MAX_STRING + 1)));

        assertThatThrownBy(note::save).isInstanceOf(StoreException.class)
                .hasMessageContaining(note.getGuid()).hasMessageContaining("'words'");
        assertThat(store.currentRevision()).isEqualTo(before);
    }
}
