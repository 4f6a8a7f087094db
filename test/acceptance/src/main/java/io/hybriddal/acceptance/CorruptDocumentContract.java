package io.hybriddal.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.acceptance.querymodel.QueryPool;
import io.hybriddal.acceptance.querymodel.QueryVolume;
import io.hybriddal.dal.CorruptDataException;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Filter;
import io.hybriddal.dal.StoredDocument;
import io.hybriddal.dal.spi.Commit;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One corrupt document does not take the rest of the store with it: a query fails naming its key
 * unless asked to skip and report such objects ({@code Query.skipCorrupt}), and the stored
 * documents of a backup go on past it. Run by {@link AcceptanceSuite}.
 */
public abstract class CorruptDocumentContract extends DalTestBase {

    @Override
    protected List<Class<? extends DataObject>> hybrids() {
        return QueryVolume.HYBRIDS;
    }

    private QueryVolume saved(String name, String volumeId) {
        QueryVolume volume = dal().create(QueryVolume.class);
        volume.setName(name);
        volume.setVolumeId(volumeId);
        volume.save();
        return volume;
    }

    /** Overwrites a saved object's document with text no reader accepts, as a faulty tool would. */
    private String corrupt(String hybrid, String guid) {
        String key = "o/" + hybrid + "/" + guid;
        persistentStore().commit(Commit.builder().put(key, "{\"_v\":1,\"name\":".getBytes(StandardCharsets.UTF_8)).build());
        return key;
    }

    @Test
    void aQueryReachingACorruptDocument_failsNamingItsKey_byDefault() {
        saved("a", "v1");
        String key = corrupt("qvolume", saved("b", "v1").getGuid());

        CorruptDataException scan = thrown(CorruptDataException.class, () -> dal().query(QueryVolume.class).count());
        CorruptDataException indexed = thrown(CorruptDataException.class,
                () -> dal().query(QueryVolume.class).where(Filter.eq("volumeId", "v1")).guids());

        assertThat(scan.key()).isEqualTo(key);
        assertThat(indexed.key()).isEqualTo(key);
    }

    @Test
    void skipCorrupt_leavesOutTheCorruptObject_andTellsItsKey_onScanAndIndexRuns() {
        QueryVolume a = saved("a", "v1");
        QueryVolume c = saved("c", "v1");
        String key = corrupt("qvolume", saved("b", "v1").getGuid());
        List<String> skipped = new ArrayList<>();

        List<QueryVolume> all = dal().query(QueryVolume.class).skipCorrupt(e -> skipped.add(e.key())).orderBy("name").list();
        int indexed = dal().query(QueryVolume.class).where(Filter.eq("volumeId", "v1")).skipCorrupt(e -> skipped.add(e.key())).count();

        assertThat(all).containsExactly(a, c);
        assertThat(indexed).isEqualTo(2);
        assertThat(skipped).containsExactly(key, key);
    }

    @Test
    void skipCorrupt_leavesOutAnObjectWhoseFilterReadsACorruptRelatedDocument() {
        QueryPool pool = dal().create(QueryPool.class);
        pool.setName("p");
        pool.save();
        QueryVolume inPool = dal().create(QueryVolume.class);
        inPool.setName("in pool");
        inPool.setPool(pool);
        inPool.save();
        saved("alone", null);
        String poolKey = corrupt("qpool", pool.getGuid());
        List<CorruptDataException> skipped = new ArrayList<>();

        List<String> named = dal().query(QueryVolume.class).where(Filter.eq("pool.name", "p")).skipCorrupt(skipped::add).guids();

        assertThat(named).isEmpty();
        assertThat(skipped).singleElement().satisfies(e -> assertThat(e.key()).isEqualTo(poolKey));
        assertThat(thrown(CorruptDataException.class,
                () -> dal().query(QueryVolume.class).where(Filter.eq("pool.name", "p")).guids()).key()).isEqualTo(poolKey);
    }

    @Test
    void aResultThatSkippedObjects_isNotCached_soTheNextRunWithoutSkippingStillFails() {
        saved("a", "v1");
        String key = corrupt("qvolume", saved("b", "v1").getGuid());
        List<String> skipped = new ArrayList<>();

        assertThat(dal().query(QueryVolume.class).where(Filter.eq("volumeId", "v1")).skipCorrupt(e -> skipped.add(e.key())).guids()).hasSize(1);

        assertThat(thrown(CorruptDataException.class,
                () -> dal().query(QueryVolume.class).where(Filter.eq("volumeId", "v1")).guids()).key()).isEqualTo(key);
        assertThat(skipped).containsExactly(key);
    }

    @Test
    void storedDocuments_goOnPastADocumentThatIsNotJson_afterNamingItsKey() {
        QueryVolume a = saved("a", null);
        QueryVolume b = saved("b", null);
        QueryVolume c = saved("c", null);
        String key = "o/qvolume/" + b.getGuid();
        persistentStore().commit(Commit.builder().put(key, "not json".getBytes(StandardCharsets.UTF_8)).build());
        List<String> read = new ArrayList<>();
        List<String> corrupt = new ArrayList<>();

        Iterator<StoredDocument> documents = dal().admin().storedDocuments("qvolume").iterator();
        while (documents.hasNext()) {
            try {
                read.add(documents.next().guid());
            } catch (CorruptDataException e) {
                corrupt.add(e.key());
            }
        }

        assertThat(read).containsExactlyInAnyOrder(a.getGuid(), c.getGuid());
        assertThat(corrupt).containsExactly(key);
    }
}
