package io.hybriddal.dal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hybriddal.dal.memory.MemoryPersistentStore;
import io.hybriddal.dal.model.Pool;
import io.hybriddal.dal.model.Volume;
import io.hybriddal.dal.spi.Commit;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Bad input gets a clear exception naming what is wrong, and changes nothing. */
class BadInputTest {

    private final MemoryPersistentStore store = new MemoryPersistentStore();
    private final Dal dal = Dal.builder().persistentStore(store).register(Pool.class, Volume.class).maxDocumentBytes(4096).build();

    @AfterEach
    void close() {
        dal.close();
    }

    private void storeRaw(String key, String json) {
        store.commit(Commit.builder().put(key, json.getBytes(StandardCharsets.UTF_8)).build());
    }

    @Test
    void get_raisesCorruptData_namingKeyAndField_whenAStoredValueHasTheWrongType() {
        String guid = "0b5c3a52-1c9f-4e0c-9a57-9f4b3c2d1e00";
        storeRaw("o/volume/" + guid, "{\"_v\":1,\"name\":\"v\",\"size\":\"ten\",\"state\":\"NEW\"}");
        assertThatThrownBy(() -> dal.get(Volume.class, guid))
                .isInstanceOf(CorruptDataException.class)
                .hasMessageContaining("o/volume/" + guid).hasMessageContaining("'size'")
                .satisfies(e -> assertThat(((CorruptDataException) e).key()).isEqualTo("o/volume/" + guid));
    }

    @Test
    void get_raisesCorruptData_whenAnEnumNameIsUnknown() {
        String guid = "0b5c3a52-1c9f-4e0c-9a57-9f4b3c2d1e01";
        storeRaw("o/volume/" + guid, "{\"_v\":1,\"name\":\"v\",\"state\":\"EXPLODED\"}");
        assertThatThrownBy(() -> dal.get(Volume.class, guid)).isInstanceOf(CorruptDataException.class)
                .hasMessageContaining("EXPLODED");
    }

    @Test
    void get_keepsUnknownStoredFields_andWritesThemBack() {
        String guid = "0b5c3a52-1c9f-4e0c-9a57-9f4b3c2d1e02";
        storeRaw("o/volume/" + guid, "{\"_v\":1,\"name\":\"v\",\"addedByANewerRelease\":{\"x\":1}}");
        Volume v = dal.get(Volume.class, guid);
        assertThat(v.getSize()).isZero();
        v.setSize(3);
        v.save();
        String stored = new String(store.get("o/volume/" + guid).value(), StandardCharsets.UTF_8);
        assertThat(stored).contains("\"addedByANewerRelease\":{\"x\":1}").contains("\"size\":3");
    }

    @Test
    void save_refusesADocumentOverTheLimit_namingTheLargestField_andWritesNothing() {
        long before = store.currentRevision();
        Volume v = dal.create(Volume.class);
        v.setName("v");
        v.setTags(Collections.nCopies(500, "a-rather-long-tag"));
        assertThatThrownBy(v::save).isInstanceOf(StoreException.class)
                .hasMessageContaining("over the limit of 4096").hasMessageContaining("tags");
        assertThat(store.currentRevision()).isEqualTo(before);
        assertThat(v.isNew()).isTrue();
    }

    @Test
    void nearCache_keepsTwoHybridsApart_whenRawDataGivesThemOneGuid() {
        String guid = "0b5c3a52-1c9f-4e0c-9a57-9f4b3c2d1e03";
        storeRaw("o/volume/" + guid, "{\"_v\":1,\"name\":\"a volume\"}");
        storeRaw("o/pool/" + guid, "{\"_v\":1,\"name\":\"a pool\"}");
        assertThat(dal.get(Volume.class, guid).getName()).isEqualTo("a volume");
        assertThat(dal.get(Pool.class, guid).getName()).isEqualTo("a pool");
        assertThat(dal.get(Volume.class, guid).getName()).isEqualTo("a volume");
    }

    @Test
    void get_namesTheHybridAndGuid_whenNothingIsStored() {
        assertThatThrownBy(() -> dal.get(Volume.class, "missing-guid"))
                .isInstanceOf(ObjectNotFoundException.class).hasMessageContaining("volume").hasMessageContaining("missing-guid");
    }

    @Test
    void get_escapesAGuidThatTriesToReachAnotherKey() {
        Pool pool = dal.create(Pool.class);
        pool.setName("p");
        pool.save();
        assertThat(dal.find(Volume.class, "../pool/" + pool.getGuid())).isEmpty();
    }
}
