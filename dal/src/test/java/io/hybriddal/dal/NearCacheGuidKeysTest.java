package io.hybriddal.dal;

import static io.hybriddal.dal.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.memory.MemoryPersistentStore;
import io.hybriddal.dal.model.Pool;
import io.hybriddal.dal.model.Volume;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The near cache keys canonical UUID guids by their bits and every other guid by itself: guids that
 * differ only in case stay two objects, and both kinds of key follow another Dal's commits.
 */
class NearCacheGuidKeysTest {

    private static final String LOWER = "0123abcd-4567-89ef-0123-456789abcdef";
    private static final String UPPER = LOWER.toUpperCase();

    private final MemoryPersistentStore store = new MemoryPersistentStore();
    private final Dal first = dal();
    private final Dal second = dal();

    private Dal dal() {
        return Dal.builder().persistentStore(store).register(Pool.class, Volume.class).build();
    }

    @AfterEach
    void close() {
        first.close();
        second.close();
        store.close();
    }

    @Test
    void guidsDifferingOnlyInCase_areTwoObjects_eachServedFromTheNearCache() {
        pool(LOWER, "lower");
        pool(UPPER, "upper");

        for (int i = 0; i < 2; i++) { // the second round is served by the near cache
            assertThat(second.get(Pool.class, new String(LOWER.toCharArray())).getName()).isEqualTo("lower");
            assertThat(second.get(Pool.class, new String(UPPER.toCharArray())).getName()).isEqualTo("upper");
        }
        assertThat(second.admin().nearCache().orElseThrow().hits()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void uuidAndOtherGuids_bothFollowAnotherDalsCommit_andRelationsResolveThroughEither() {
        for (String guid : new String[] {LOWER, UPPER, "p.1"}) {
            Pool pool = pool(guid, "a");
            Volume volume = first.create(Volume.class, guid + "-v");
            volume.setName(guid);
            volume.setPool(pool);
            volume.save();
            assertThat(second.get(Volume.class, guid + "-v").getPool().getName()).isEqualTo("a"); // now cached

            pool.setName("b");
            pool.save();

            eventually(() -> second.get(Pool.class, guid).getName().equals("b"));
            assertThat(second.get(Volume.class, guid + "-v").getPool().getName()).as(guid).isEqualTo("b");
            pool.delete("volumes");
            eventually(() -> second.find(Pool.class, guid).isEmpty());
        }
    }

    private Pool pool(String guid, String name) {
        Pool pool = first.create(Pool.class, guid);
        pool.setName(name);
        pool.save();
        return pool;
    }
}
