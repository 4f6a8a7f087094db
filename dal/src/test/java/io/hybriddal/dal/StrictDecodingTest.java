package io.hybriddal.dal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hybriddal.dal.memory.MemoryPersistentStore;
import io.hybriddal.dal.model.Note;
import io.hybriddal.dal.spi.Commit;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Decoding is strict: a document that is not exactly one well-typed JSON object is corrupt data, named by key and field. */
class StrictDecodingTest {

    private static final String GUID = "5d1c9a7e-3b2f-4c8d-9e0a-7f6b5c4d3e2f";
    private static final String KEY = "o/note/" + GUID;

    private final MemoryPersistentStore store = new MemoryPersistentStore();
    private final Dal dal = Dal.builder().persistentStore(store).register(Note.class).build();

    @AfterEach
    void close() {
        dal.close();
    }

    private void storeRaw(String json) {
        store.commit(Commit.builder().put(KEY, json.getBytes(StandardCharsets.UTF_8)).build());
    }

    private void assertCorrupt(String field) {
        assertThatThrownBy(() -> dal.get(Note.class, GUID)).isInstanceOf(CorruptDataException.class)
                .hasMessageContaining(KEY).hasMessageContaining(field)
                .satisfies(e -> assertThat(((CorruptDataException) e).key()).isEqualTo(KEY));
    }

    @Test
    void get_refusesAFieldStoredTwice() {
        storeRaw("{\"_v\":1,\"title\":\"a\",\"title\":\"b\"}");
        assertCorrupt("title");
    }

    @Test
    void get_refusesAKeyStoredTwiceInAMap() {
        storeRaw("{\"_v\":1,\"title\":\"a\",\"labels\":{\"x\":\"1\",\"x\":\"2\"}}");
        assertCorrupt("'labels'");
    }

    @Test
    void get_refusesContentAfterTheDocument() {
        storeRaw("{\"_v\":1,\"title\":\"a\"} {\"title\":\"b\"}");
        assertCorrupt("after the document");
    }

    @Test
    void get_refusesAnIntInAListOfStrings() {
        storeRaw("{\"_v\":1,\"title\":\"a\",\"words\":[\"one\",2]}");
        assertCorrupt("'words'");
    }

    @Test
    void get_refusesABooleanAsAMapValueDeclaredString() {
        storeRaw("{\"_v\":1,\"title\":\"a\",\"labels\":{\"x\":true}}");
        assertCorrupt("'labels'");
    }

    @Test
    void get_readsADocumentTheEngineWrote_withEveryKindOfValue() {
        storeRaw("{\"_v\":3,\"title\":\"a \\u00e9 \\uD83D\\uDE00\",\"labels\":{\"k\":\"v\",\"\":\"empty\"},\"words\":[\"x\",\"\"]}");
        Note note = dal.get(Note.class, GUID);
        assertThat(note.getTitle()).isEqualTo("a é \uD83D\uDE00");
        assertThat(note.getLabels()).containsEntry("", "empty").containsEntry("k", "v");
        assertThat(note.getWords()).containsExactly("x", "");
        assertThat(note.version()).isEqualTo(3);
    }

    @Test
    void get_refusesNestingDeeperThanTheReadersLimitOf1000() {
        storeRaw("{\"_v\":1,\"title\":\"a\",\"fromElsewhere\":" + "[".repeat(1000) + "]".repeat(1000) + "}");
        assertCorrupt("fromElsewhere");
    }
}
