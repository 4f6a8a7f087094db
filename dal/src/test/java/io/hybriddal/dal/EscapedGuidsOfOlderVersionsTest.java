package io.hybriddal.dal;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.memory.MemoryPersistentStore;
import io.hybriddal.dal.model.Pool;
import io.hybriddal.dal.model.Volume;
import io.hybriddal.dal.spi.Commit;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Objects an older version created with guids that needed escaping ({@code a/b}, {@code a%2Fb},
 * {@code café}) are still read under exactly their original guids.
 */
class EscapedGuidsOfOlderVersionsTest {

    private final MemoryPersistentStore store = new MemoryPersistentStore();
    private Dal dal;

    @AfterEach
    void close() {
        dal.close();
        store.close();
    }

    @Test
    void everyReadPath_returnsTheOriginalGuid_ofAnEscapedKey() {
        store.commit(Commit.builder()
                .put("o/volume/a%2Fb", document("slash"))
                .put("o/volume/a%252Fb", document("percent"))
                .put("o/volume/caf%C3%A9", document("accent"))
                .put("o/volume/a%2Bb", document("plus"))
                .build());
        dal = Dal.builder().persistentStore(store).register(Pool.class, Volume.class).build();

        assertThat(dal.get(Volume.class, "a/b").getName()).isEqualTo("slash");
        assertThat(dal.get(Volume.class, "a%2Fb").getName()).isEqualTo("percent");
        assertThat(dal.get(Volume.class, "café").getName()).isEqualTo("accent");
        assertThat(dal.get(Volume.class, "a+b").getName()).isEqualTo("plus");
        assertThat(dal.query(Volume.class).list()).extracting(Volume::getGuid)
                .containsExactlyInAnyOrder("a/b", "a%2Fb", "café", "a+b");
        assertThat(dal.snapshot(Volume.class).objects()).extracting(Volume::getGuid)
                .containsExactlyInAnyOrder("a/b", "a%2Fb", "café", "a+b");
        assertThat(dal.admin().storedDocuments("volume")).extracting(StoredDocument::guid)
                .containsExactlyInAnyOrder("a/b", "a%2Fb", "café", "a+b");
    }

    private static byte[] document(String name) {
        return ("{\"_v\":1,\"name\":\"" + name + "\",\"size\":0,\"state\":\"NEW\"}").getBytes(StandardCharsets.UTF_8);
    }
}
