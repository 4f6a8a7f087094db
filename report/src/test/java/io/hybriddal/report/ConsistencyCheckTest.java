package io.hybriddal.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.internal.DalEngine;
import io.hybriddal.dal.internal.codec.Keys;
import io.hybriddal.dal.internal.model.HybridModel;
import io.hybriddal.dal.spi.Commit;
import io.hybriddal.hybrids.VDisk;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConsistencyCheckTest {

    Fixture fixture;
    DalEngine engine;

    @BeforeEach
    void seed() {
        fixture = new Fixture("vm-1");
        engine = (DalEngine) fixture.dal;
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    ConsistencyResult check() {
        return ConsistencyCheck.run(engine.persistent(), engine.registry(), 5);
    }

    @Test
    void aFreshlySavedInventoryIsConsistent() {
        ConsistencyResult r = check();
        assertThat(r.problems()).isEmpty();
        assertThat(r.documents()).isEqualTo(9);
        assertThat(r.indexEntries()).isPositive();
        assertThat(r.reverseEntries()).isPositive();
    }

    @Test
    void anIndexEntryPointingAtAMissingObjectIsAnOrphan() {
        HybridModel vdisk = engine.registry().require(VDisk.class);
        String ghost = UUID.randomUUID().toString();
        String key = Keys.index(vdisk, (io.hybriddal.dal.internal.model.PropertyModel) vdisk.field("name"), "ghost", ghost);
        assertThat(fixture.store.commit(Commit.builder().put(key, new byte[0]).build()).succeeded()).isTrue();

        ConsistencyResult r = check();

        assertThat(r.problems()).containsOnlyKeys("orphan-index");
        assertThat(r.count("orphan-index")).isEqualTo(1);
        assertThat(r.examples()).singleElement().satisfies(i -> {
            assertThat(i.key()).isEqualTo(key);
            assertThat(i.detail()).contains("missing vdisk " + ghost);
        });
    }

    @Test
    void aDocumentWhoseReverseEntryWasDeletedIsReportedMissing() {
        VDisk disk = fixture.disks.get(0);
        HybridModel vdisk = engine.registry().require(VDisk.class);
        String key = Keys.reverse((io.hybriddal.dal.internal.model.RelationModel) vdisk.field("vpool"), fixture.pool.getGuid(), disk.getGuid());
        assertThat(fixture.store.get(key)).isNotNull();
        fixture.store.commit(Commit.builder().delete(key).build());

        ConsistencyResult r = check();

        assertThat(r.problems()).containsOnlyKeys("missing-reverse");
        assertThat(r.examples().get(0).key()).isEqualTo(key);
        assertThat(r.examples().get(0).detail()).contains("vdisk " + disk.getGuid()).contains("vpool");
    }

    @Test
    void aUniqueEntryOwnedByAnotherObjectDisagreesWithTheDocument() {
        VDisk disk = fixture.disks.get(0);
        HybridModel vdisk = engine.registry().require(VDisk.class);
        String key = Keys.unique(vdisk, (io.hybriddal.dal.internal.model.PropertyModel) vdisk.field("devicename"), disk.getDevicename());
        String other = fixture.disks.get(1).getGuid();
        fixture.store.commit(Commit.builder().put(key, other.getBytes(java.nio.charset.StandardCharsets.UTF_8)).build());

        ConsistencyResult r = check();

        assertThat(r.problems()).containsOnlyKeys("wrong-unique");
    }
}
