package io.hybriddal.dal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hybriddal.dal.memory.MemoryPersistentStore;
import io.hybriddal.dal.model.Note;
import io.hybriddal.dal.model.Tag;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the writer accepts, the reader reads: save refuses a value the reader's limits would refuse. */
class StoredValueLimitsTest {

    private static final int MAX_NAME = 50_000;
    private static final int MAX_STRING = 20_000_000;

    private final MemoryPersistentStore store = new MemoryPersistentStore();
    private final Dal dal = Dal.builder().persistentStore(store).register(Note.class, Tag.class).maxDocumentBytes(64 << 20)
            .build();

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

    /** A hybrid of scalars alone is not decoded again on save, up to a document of the longest string the reader takes. */
    @Test
    void save_refusesAStringPropertyLongerThanTheReaderReads_inAHybridOfScalarsAlone() {
        long before = store.currentRevision();
        Tag tag = dal.create(Tag.class);
        tag.setName("t".repeat(MAX_STRING + 1));

        assertThatThrownBy(tag::save).isInstanceOf(StoreException.class)
                .hasMessageContaining(tag.getGuid()).hasMessageContaining("'name'");
        assertThat(store.currentRevision()).isEqualTo(before);
    }

    @Test
    void save_acceptsAStringPropertyAtTheReadersLimit_inAHybridOfScalarsAlone_andAnotherDalReadsItBack() {
        Tag tag = dal.create(Tag.class);
        String name = "t".repeat(MAX_STRING);
        tag.setName(name);
        tag.save();

        try (Dal other = Dal.builder().persistentStore(store).register(Tag.class).build()) {
            assertThat(other.get(Tag.class, tag.getGuid()).getName()).isEqualTo(name);
        }
    }
}
