package io.hybriddal.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.Dal;
import io.hybriddal.dal.spi.Commit;
import io.hybriddal.dal.spi.KeyValue;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.ReadConsistency;
import io.hybriddal.dal.spi.support.ForwardingPersistentStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How the neighbourhood walk reads the store: through a second Dal without a near cache over the
 * fixture's store, so that every read shows in the store and a key removed under the Dal is seen.
 */
class NeighbourhoodLoadingTest {

    /** Records the object keys read one by one and the key sets read together. */
    static final class RecordingStore extends ForwardingPersistentStore {
        final List<String> singleReads = new ArrayList<>();
        final List<List<String>> multiReads = new ArrayList<>();

        RecordingStore(PersistentStore delegate) {
            super(delegate);
        }

        @Override
        public KeyValue get(String key, ReadConsistency consistency) {
            singleReads.add(key);
            return super.get(key, consistency);
        }

        @Override
        public Map<String, KeyValue> getAll(Collection<String> keys, ReadConsistency consistency) {
            multiReads.add(List.copyOf(keys));
            return super.getAll(keys, consistency);
        }
    }

    Fixture fixture;
    RecordingStore store;
    Dal dal;

    @BeforeEach
    void seed() {
        fixture = new Fixture("vm-1");
        store = new RecordingStore(fixture.store);
        dal = Dal.builder().persistentStore(store).scan().nearCacheSize(0).build();
    }

    @AfterEach
    void close() {
        dal.close();
        fixture.close();
    }

    @Test
    void theVolumesFoundAtOneDepthAreReadTogetherNotOneByOne() {
        store.singleReads.clear();
        store.multiReads.clear();

        Neighbourhood n = NeighbourhoodWalker.walk(dal, "vpool", fixture.pool.getGuid(), List.of("vdisks"), 1, 100);

        assertThat(n.graph().nodes()).hasSize(4);
        assertThat(store.singleReads).noneMatch(key -> key.startsWith("o/vdisk/"));
        assertThat(store.multiReads).filteredOn(keys -> keys.stream().anyMatch(k -> k.startsWith("o/vdisk/")))
                .singleElement().satisfies(keys -> assertThat(keys).hasSize(3));
    }

    @Test
    void aVolumeWhoseDocumentIsGoneIsLeftOutWithItsEdge() {
        String gone = fixture.disks.get(0).getGuid();
        assertThat(fixture.store.commit(Commit.builder().delete("o/vdisk/" + gone).build()).succeeded()).isTrue();

        Neighbourhood n = NeighbourhoodWalker.walk(dal, "vpool", fixture.pool.getGuid(), List.of("vdisks"), 1, 100);

        assertThat(n.graph().nodes()).hasSize(3).noneMatch(node -> node.id().equals("vdisk:" + gone));
        assertThat(n.graph().edges()).hasSize(2).noneMatch(e -> e.source().equals("vdisk:" + gone));
        assertThat(n.truncated()).isFalse();
    }

    @Test
    void aMissingVolumeFoundBeforeTheLimitDoesNotTakeAPlaceUnderIt() {
        // the backref lists guids in key order: the first one is found while there is room left
        String gone = fixture.disks.stream().map(d -> d.getGuid()).sorted().findFirst().orElseThrow();
        assertThat(fixture.store.commit(Commit.builder().delete("o/vdisk/" + gone).build()).succeeded()).isTrue();

        Neighbourhood n = NeighbourhoodWalker.walk(dal, "vpool", fixture.pool.getGuid(), List.of("vdisks"), 1, 3);

        assertThat(n.graph().nodes()).hasSize(3);
        assertThat(n.truncated()).isFalse();
    }
}
