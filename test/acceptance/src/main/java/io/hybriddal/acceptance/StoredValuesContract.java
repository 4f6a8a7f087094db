package io.hybriddal.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.acceptance.querymodel.QueryVolume;
import io.hybriddal.dal.CorruptDataException;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Filter;
import io.hybriddal.dal.StoreException;
import io.hybriddal.dal.spi.Commit;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the writer accepts, the reader reads (DESIGN.md "Reliability and security requirements"):
 * save refuses a value the reader's limits would refuse, decoding is strict, and a string with
 * an unpaired UTF-16 surrogate is a value of its own in unique keys. Run by {@link AcceptanceSuite}.
 */
public abstract class StoredValuesContract extends DalTestBase {

    /** Jackson's longest field name, map keys included. */
    private static final int MAX_NAME_LENGTH = 50_000;

    private static final String GUID = "7c0d2b1e-9a8f-4e3d-8c2b-1a0f9e8d7c6b";
    private static final String KEY = "o/qvolume/" + GUID;

    @Override
    protected List<Class<? extends DataObject>> hybrids() {
        return QueryVolume.HYBRIDS;
    }

    private QueryVolume volume(String name) {
        QueryVolume volume = dal().create(QueryVolume.class);
        volume.setName(name);
        return volume;
    }

    private void storeRaw(String json) {
        persistentStore().commit(Commit.builder().put(KEY, json.getBytes(StandardCharsets.UTF_8)).build());
    }

    private CorruptDataException corruptOnRead() {
        return thrown(CorruptDataException.class, () -> stored(QueryVolume.class, GUID));
    }

    @Test
    void save_refusesAMapKeyTheReaderWouldRefuse_namingHybridGuidAndProperty_andWritesNothing() {
        long before = storeRevision();
        QueryVolume volume = volume("long key");
        volume.setQuotas(Map.of("k".repeat(MAX_NAME_LENGTH + 1), 1L));

        StoreException refused = thrown(StoreException.class, volume::save);

        assertThat(refused).hasMessageContaining("qvolume").hasMessageContaining(volume.getGuid())
                .hasMessageContaining("'quotas'");
        assertThat(storeRevision()).isEqualTo(before);
        assertThat(anotherDal().find(QueryVolume.class, volume.getGuid())).isEmpty();
    }

    @Test
    void aMapKeyAtTheReadersLimit_isSaved_andAnotherDalReadsItBack() {
        QueryVolume volume = volume("key at the limit");
        String key = "k".repeat(MAX_NAME_LENGTH);
        volume.setQuotas(Map.of(key, 7L));
        volume.save();

        assertThat(anotherDal().get(QueryVolume.class, volume.getGuid()).getQuotas()).containsExactly(Map.entry(key, 7L));
    }

    @Test
    void get_refusesAStoredDocumentWithAFieldGivenTwice() {
        storeRaw("{\"_v\":1,\"name\":\"a\",\"name\":\"b\"}");

        assertThat(corruptOnRead().key()).isEqualTo(KEY);
    }

    @Test
    void get_refusesAStoredDocumentWithContentAfterIt() {
        storeRaw("{\"_v\":1,\"name\":\"a\"}{\"_v\":2}");

        assertThat(corruptOnRead()).hasMessageContaining(KEY);
    }

    @Test
    void get_refusesAnIntInAListOfStrings_namingTheField() {
        storeRaw("{\"_v\":1,\"name\":\"a\",\"tags\":[\"x\",2]}");

        CorruptDataException corrupt = corruptOnRead();

        assertThat(corrupt).hasMessageContaining(KEY).hasMessageContaining("'tags'");
        assertThat(corrupt.key()).isEqualTo(KEY);
    }

    @Test
    void uniqueNames_questionMarkAndALoneSurrogate_areDistinctValues() {
        QueryVolume question = volume("?");
        question.save();
        QueryVolume surrogate = volume("\uD800");
        surrogate.save();

        assertThat(dal().query(QueryVolume.class).where(Filter.eq("name", "?")).list()).containsExactly(question);
        assertThat(dal().query(QueryVolume.class).where(Filter.eq("name", "\uD800")).list()).containsExactly(surrogate);
        assertThat(stored(QueryVolume.class, surrogate.getGuid()).getName()).isEqualTo("\uD800");
    }
}
