package io.hybriddal.dal;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.memory.MemoryPersistentStore;
import io.hybriddal.dal.model.Pool;
import io.hybriddal.dal.model.Volume;
import io.hybriddal.dal.spi.Commit;
import io.hybriddal.dal.spi.KeyValue;
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

    @Test
    void threeChildrenUnderEscapedGuids_areListedByTheBackref_andUnlinkedByAnAbandoningDelete() {
        dal = Dal.builder().persistentStore(store).register(Pool.class, Volume.class).build();
        Pool pool = dal.create(Pool.class, "p1");
        pool.setName("p1");
        pool.save();
        for (String[] child : new String[][] {{"c1", "a%2Fb"}, {"c2", "a%252Fb"}, {"c3", "caf%C3%A9"}}) {
            Volume volume = dal.create(Volume.class, child[0]);
            volume.setName(child[0]);
            volume.setPool(pool);
            volume.save();
            moveKeysOf(child[0], child[1]);
        }
        Dal older = dal;
        dal = Dal.builder().persistentStore(store).register(Pool.class, Volume.class).build();
        older.close();

        assertThat(dal.get(Pool.class, "p1").getVolumes()).extracting(Volume::getGuid).containsExactlyInAnyOrder("a/b", "a%2Fb", "café");
        dal.get(Pool.class, "p1").delete("volumes");
        for (String guid : new String[] {"a/b", "a%2Fb", "café"}) {
            assertThat(dal.get(Volume.class, guid, Consistency.STRONG).getPool()).as(guid).isNull();
        }
        assertThat(dal.admin().checkConsistency(5).examples()).isEmpty();
    }

    /** Rewrites every key ending in {@code /guid} to end in {@code /escaped}, as an older version would have stored it. */
    private void moveKeysOf(String guid, String escaped) {
        Commit.Builder move = Commit.builder();
        for (KeyValue kv : store.scan("", null, 10_000).entries()) {
            if (kv.key().endsWith("/" + guid)) {
                move.delete(kv.key()).put(kv.key().substring(0, kv.key().length() - guid.length()) + escaped, kv.value());
            }
        }
        store.commit(move.build());
    }

    private static byte[] document(String name) {
        return ("{\"_v\":1,\"name\":\"" + name + "\",\"size\":0,\"state\":\"NEW\"}").getBytes(StandardCharsets.UTF_8);
    }
}
