package io.hybriddal.dal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hybriddal.dal.memory.MemoryPersistentStore;
import io.hybriddal.dal.model.Pool;
import io.hybriddal.dal.model.Tag;
import io.hybriddal.dal.model.Volume;
import io.hybriddal.dal.spi.Commit;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The admin view of stored documents as they are, and restoring the fields a model does not know. */
class StoredDocumentsTest {

    private final MemoryPersistentStore store = new MemoryPersistentStore();
    private final Dal both = Dal.builder().persistentStore(store).register(Pool.class, Volume.class, Tag.class).build();
    private final Dal tagsOnly = Dal.builder().persistentStore(store).register(Tag.class).build();

    @AfterEach
    void close() {
        both.close();
        tagsOnly.close();
        store.close();
    }

    @Test
    void storedHybridsListsEveryHybridWithObjectsEvenThoseTheModelDoesNotKnow() {
        assertThat(tagsOnly.admin().storedHybrids()).isEmpty();
        Pool pool = both.create(Pool.class);
        pool.setName("a");
        pool.save();
        Volume volume = both.create(Volume.class);
        volume.setName("v");
        volume.save();
        assertThat(tagsOnly.admin().storedHybrids()).containsExactly("pool", "volume");
    }

    @Test
    void aStoredDocumentHasExactlyTheStoredFieldsAsJson() {
        Pool pool = both.create(Pool.class);
        pool.setName("a");
        pool.save();
        Volume volume = both.create(Volume.class, "vol-1");
        volume.setName("v");
        volume.setPool(pool);
        volume.save();

        StoredDocument doc = tagsOnly.admin().storedDocument("volume", "vol-1").orElseThrow();

        assertThat(doc.version()).isEqualTo(1);
        assertThat(doc.fields()).containsEntry("name", "\"v\"").containsEntry("size", "0")
                .containsEntry("pool", "\"" + pool.getGuid() + "\"").doesNotContainKey("_v");
        assertThat(tagsOnly.admin().storedDocuments("volume")).extracting(StoredDocument::guid).containsExactly("vol-1");
    }

    @Test
    void aFieldMissingFromTheDocumentIsMissingFromTheStoredDocumentThoughTheObjectShowsItsDefault() {
        store.commit(Commit.builder().put("o/volume/old", "{\"_v\":3,\"name\":\"old\",\"legacy\":[1,2]}".getBytes(StandardCharsets.UTF_8)).build());

        StoredDocument doc = both.admin().storedDocument("volume", "old").orElseThrow();

        assertThat(doc.version()).isEqualTo(3);
        assertThat(doc.fields()).containsExactly(Map.entry("name", "\"old\""), Map.entry("legacy", "[1,2]"));
        assertThat(both.get(Volume.class, "old").getSize()).isZero();
    }

    @Test
    void restoredUnknownFieldsAreWrittenByTheFirstSaveAndKeptByLaterOnes() {
        Tag tag = tagsOnly.create(Tag.class, "t-1");
        tag.setName("a");
        Map<String, String> unknown = new LinkedHashMap<>();
        unknown.put("vendor", "\"acme\"");
        unknown.put("limits", "{\"iops\":5}");
        tagsOnly.admin().restoreUnknownFields(tag, unknown);
        tag.save();

        Tag again = tagsOnly.get(Tag.class, "t-1");
        again.setName("b");
        again.save();

        assertThat(tagsOnly.admin().storedDocument("tag", "t-1").orElseThrow().fields())
                .containsExactly(Map.entry("name", "\"b\""), Map.entry("vendor", "\"acme\""), Map.entry("limits", "{\"iops\":5}"));
    }

    @Test
    void restoringRefusesDeclaredFieldsBadJsonAndSavedObjects() {
        Tag tag = tagsOnly.create(Tag.class);
        tag.setName("a");
        assertThatThrownBy(() -> tagsOnly.admin().restoreUnknownFields(tag, Map.of("name", "\"x\"")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("declared field of tag");
        assertThatThrownBy(() -> tagsOnly.admin().restoreUnknownFields(tag, Map.of("_v", "1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("version");
        assertThatThrownBy(() -> tagsOnly.admin().restoreUnknownFields(tag, Map.of("x", "1 2")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'x'");
        tag.save();
        assertThatThrownBy(() -> tagsOnly.admin().restoreUnknownFields(tag, Map.of("x", "1")))
                .isInstanceOf(IllegalStateException.class);
        assertThat(tagsOnly.admin().storedDocument("tag", tag.getGuid()).orElseThrow().fields()).containsOnlyKeys("name");
        Tag foreign = both.create(Tag.class);
        assertThatThrownBy(() -> tagsOnly.admin().restoreUnknownFields(foreign, Map.of("x", "1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an object of this Dal");
    }

    @Test
    void aNameThatCannotBeAHybridIsRefusedRatherThanReachingIntoOtherKeys() {
        assertThatThrownBy(() -> both.admin().storedDocuments("pool/x")).isInstanceOf(IllegalArgumentException.class);
        assertThat(both.admin().storedDocument("pool", "none")).isEmpty();
        assertThat(List.copyOf(toList(both.admin().storedDocuments("nothing")))).isEmpty();
    }

    private static List<StoredDocument> toList(Iterable<StoredDocument> docs) {
        List<StoredDocument> out = new java.util.ArrayList<>();
        docs.forEach(out::add);
        return out;
    }
}
