package io.hybriddal.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.ConsistencyReport;
import io.hybriddal.dal.RelationInfo;
import io.hybriddal.dal.spi.Commit;
import io.hybriddal.dal.spi.KeyValue;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.hybrids.VDisk;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The consistency section of the report, end to end: the store is corrupted through the public
 * store SPI, with keys built from the documented layout ({@code u/<hybrid>/<property>/<value>},
 * {@code i/<hybrid>/<property>/<value>/<guid>}, {@code r/<target>/<tguid>/<backref>/<child>}) or
 * found by scanning it, and the report must show what the Dal's check finds.
 */
class ConsistencyCheckTest {

    Fixture fixture;
    PersistentStore store;

    @BeforeEach
    void seed() {
        fixture = new Fixture("vm-1");
        store = fixture.dal.admin().persistentStore();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    ConsistencyReport check() {
        return ReportGenerator.collect(fixture.dal, ReportOptions.defaults()).consistency();
    }

    void commit(Commit commit) {
        assertThat(store.commit(commit).succeeded()).isTrue();
    }

    @Test
    void aFreshlySavedInventoryIsConsistent() {
        ConsistencyReport r = check();
        assertThat(r.problems()).isEmpty();
        assertThat(r.documents()).isEqualTo(9);
        assertThat(r.indexEntries()).isPositive();
        assertThat(r.reverseEntries()).isPositive();
    }

    @Test
    void anIndexEntryPointingAtAMissingObjectIsAnOrphan() {
        String ghost = UUID.randomUUID().toString();
        String key = "i/vdisk/name/ghost/" + ghost;
        commit(Commit.builder().put(key, new byte[0]).build());

        ConsistencyReport r = check();

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
        RelationInfo vpool = (RelationInfo) fixture.dal.model().hybrid(VDisk.class).member("vpool").orElseThrow();
        String key = "r/" + vpool.target() + "/" + fixture.pool.getGuid() + "/" + vpool.backref() + "/" + disk.getGuid();
        assertThat(store.get(key)).isNotNull();
        commit(Commit.builder().delete(key).build());

        ConsistencyReport r = check();

        assertThat(r.problems()).containsOnlyKeys("missing-reverse");
        assertThat(r.examples().get(0).key()).isEqualTo(key);
        assertThat(r.examples().get(0).detail()).contains("vdisk " + disk.getGuid()).contains("vpool");
    }

    @Test
    void aUniqueEntryOwnedByAnotherObjectDisagreesWithTheDocument() {
        VDisk disk = fixture.disks.get(0);
        String other = fixture.disks.get(1).getGuid();
        // the device name holds slashes, escaped in the key: find the disk's entry by its owner instead
        List<KeyValue> entries = store.scan("u/vdisk/devicename/", null, 100).entries();
        KeyValue entry = entries.stream()
                .filter(kv -> new String(kv.value(), StandardCharsets.UTF_8).equals(disk.getGuid())).findFirst().orElseThrow();
        commit(Commit.builder().put(entry.key(), other.getBytes(StandardCharsets.UTF_8)).build());

        ConsistencyReport r = check();

        assertThat(r.problems()).containsOnlyKeys("wrong-unique");
    }

    @Test
    void theReportPageSaysWhichKeysAreInconsistent() {
        String key = "i/vdisk/name/ghost/" + UUID.randomUUID();
        commit(Commit.builder().put(key, new byte[0]).build());

        String html = ReportGenerator.html(ReportGenerator.collect(fixture.dal, ReportOptions.defaults()));

        assertThat(html).contains("id=\"consistency-verdict\">Problems found.").contains("orphan-index").contains(key);
    }
}
