package io.hybriddal.dal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hybriddal.dal.memory.MemoryPersistentStore;
import io.hybriddal.dal.model.Pool;
import io.hybriddal.dal.model.Volume;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A guid given to {@code create(type, guid)} comes back unchanged everywhere, or is refused at create. */
class GivenGuidTest {

    private final MemoryPersistentStore store = new MemoryPersistentStore();
    private final Dal dal = Dal.builder().persistentStore(store).register(Pool.class, Volume.class).build();

    @AfterEach
    void close() {
        dal.close();
        store.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a/b", "a%2Fb", "café", "\"><", "a b", "a+b", "", "\uD800"})
    void create_refusesAGuidOutsideTheSafeSet_namingTheHybridTheGuidAndTheAllowedForm(String guid) {
        assertThatThrownBy(() -> dal.create(Volume.class, guid))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("volume")
                .hasMessageContaining("\"" + guid + "\"")
                .hasMessageContaining("1 to 128 characters from [A-Za-z0-9._-]");
    }

    @Test
    void create_refusesAGuidLongerThan128Characters_andAccepts128() {
        assertThatThrownBy(() -> dal.create(Volume.class, "x".repeat(129)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("129 characters");

        assertThat(dal.create(Volume.class, "x".repeat(128)).getGuid()).isEqualTo("x".repeat(128));
    }

    @Test
    void threeChildrenWithGivenGuids_comeBackExactly_fromBackrefQueryAndAdmin() {
        Pool pool = pool("p.1");
        List<String> guids = List.of("a.b", "a_b", "A-b.0");
        guids.forEach(guid -> child(guid, pool));

        assertThat(dal.get(Pool.class, "p.1").getVolumes()).extracting(Volume::getGuid).containsExactlyInAnyOrderElementsOf(guids);
        assertThat(dal.query(Volume.class).where(Filter.eq("size", 7L)).list()).extracting(Volume::getGuid)
                .containsExactlyInAnyOrderElementsOf(guids);
        assertThat(dal.snapshot(Volume.class).objects()).extracting(Volume::getGuid).containsExactlyInAnyOrderElementsOf(guids);
        assertThat(dal.admin().storedDocuments("volume")).extracting(StoredDocument::guid).containsExactlyInAnyOrderElementsOf(guids);
    }

    @Test
    void deleteWithAbandon_unlinksEveryChildWithAGivenGuid() {
        Pool pool = pool("p.1");
        List.of("a.b", "a_b", "A-b.0").forEach(guid -> child(guid, pool));

        pool.delete("volumes");

        for (String guid : List.of("a.b", "a_b", "A-b.0")) {
            assertThat(dal.get(Volume.class, guid, Consistency.STRONG).getPool()).as(guid).isNull();
        }
    }

    private Pool pool(String guid) {
        Pool pool = dal.create(Pool.class, guid);
        pool.setName(guid);
        pool.save();
        return pool;
    }

    private void child(String guid, Pool pool) {
        Volume volume = dal.create(Volume.class, guid);
        volume.setName(guid);
        volume.setSize(7);
        volume.setPool(pool);
        volume.save();
    }
}
