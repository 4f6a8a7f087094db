package io.hybriddal.dal;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.memory.MemoryPersistentStore;
import io.hybriddal.dal.model.Note;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A string with an unpaired UTF-16 surrogate is a value of its own, in documents and in keys. */
class LoneSurrogateKeysTest {

    private final MemoryPersistentStore store = new MemoryPersistentStore();
    private final Dal dal = Dal.builder().persistentStore(store).register(Note.class).build();

    @AfterEach
    void close() {
        dal.close();
    }

    private Note saved(String title) {
        Note note = dal.create(Note.class);
        note.setTitle(title);
        note.save();
        return note;
    }

    @Test
    void uniqueValues_questionMarkAndALoneSurrogate_doNotShareAKey() {
        Note question = saved("?");
        Note high = saved("\uD800");
        Note low = saved("a\uDC00b");

        assertThat(dal.query(Note.class).where(Filter.eq("title", "?")).list()).containsExactly(question);
        assertThat(dal.query(Note.class).where(Filter.eq("title", "\uD800")).list()).containsExactly(high);
        assertThat(dal.query(Note.class).where(Filter.eq("title", "a\uDC00b")).list()).containsExactly(low);
    }

    @Test
    void aLoneSurrogate_comesBackUnchanged_fromTheStore() {
        Note note = saved("x\uDBFFy");

        try (Dal other = Dal.builder().persistentStore(store).register(Note.class).build()) {
            assertThat(other.get(Note.class, note.getGuid()).getTitle()).isEqualTo("x\uDBFFy");
        }
    }
}
