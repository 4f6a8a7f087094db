package io.hybriddal.dal.internal.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Filter;
import io.hybriddal.dal.internal.codec.DocumentCodec;
import io.hybriddal.dal.internal.codec.Keys;
import io.hybriddal.dal.internal.codec.Snapshot;
import io.hybriddal.dal.internal.model.DynamicModel;
import io.hybriddal.dal.internal.model.HybridModel;
import io.hybriddal.dal.internal.model.KeySpaceStates;
import io.hybriddal.dal.spi.KeyValue;
import io.hybriddal.dal.spi.ReadConsistency;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How a run takes its candidates' snapshots from the near cache: at the very revision it read,
 * or without reading while the near cache is current.
 */
class QueryExecutorTest extends QueryTestBase {

    private final HybridModel disk = model(QDisk.class);
    private final List<String> offered = new ArrayList<>();

    private static final ObjectAccess NO_OBJECTS = new ObjectAccess() {
        @Override
        public Map<String, DataObject> load(HybridModel model, List<String> guids) {
            return Map.of();
        }

        @Override
        public Object dynamic(DataObject object, DynamicModel dynamic) {
            return null;
        }
    };

    private KeyValue stored(String guid) {
        return store.get(Keys.object(disk, guid), ReadConsistency.LINEARIZABLE);
    }

    /** A run whose near cache, not current, holds for {@code guid} the values of {@code lookalike} at {@code revision}. */
    private List<String> run(String guid, long revision, String lookalike, Filter filter) {
        return run(guid, revision, lookalike, filter, false);
    }

    /** {@link #run(String, long, String, Filter)} with a near cache that is {@code current} or not. */
    private List<String> run(String guid, long revision, String lookalike, Filter filter, boolean current) {
        Snapshot other = DocumentCodec.decode(disk, stored(lookalike));
        Snapshot cached = Snapshot.of(disk, revision, other.version(), other.values(), other.extras());
        QueryExecutor executor = new QueryExecutor(store, NO_OBJECTS, new CandidateSnapshots() {
            @Override
            public Snapshot cached(HybridModel model, String g) {
                return g.equals(guid) ? cached : null;
            }

            @Override
            public long readStart() {
                return 0;
            }

            @Override
            public void fetched(String g, Snapshot snapshot, long since) {
                offered.add(g + "@" + snapshot.revision());
            }

            @Override
            public boolean current() {
                return current;
            }
        });
        QueryPlan plan = QueryPlan.of(disk, List.of(FilterCompiler.compile(disk, Filter.and(Filter.eq("guid", guid), filter))),
                List.of(), 0, -1, KeySpaceStates.ALL_READY);
        return executor.run(plan, null, null).guids();
    }

    @Test
    void aCandidateCachedAtTheRevisionReadIsEvaluatedFromTheCachedSnapshot_andNotOfferedAgain() {
        String a = disk("a", 1).getGuid();
        String b = disk("b", 2).getGuid();
        long revision = stored(a).modRevision();
        assertThat(run(a, revision, b, Filter.eq("size", 2))).containsExactly(a);
        assertThat(offered).isEmpty();
    }

    @Test
    void aCandidateCachedAtAnotherRevisionIsDecodedFromTheStore_andOffered() {
        String a = disk("a", 1).getGuid();
        String b = disk("b", 2).getGuid();
        long revision = stored(a).modRevision();
        assertThat(run(a, revision - 1, b, Filter.eq("size", 2))).isEmpty();
        assertThat(offered).containsExactly(a + "@" + revision);
        assertThat(run(a, revision - 1, b, Filter.eq("size", 1))).containsExactly(a);
    }

    @Test
    void aCandidateHeldWhileTheNearCacheIsCurrentIsEvaluatedAsHeld_withoutReadingItsDocument() {
        String a = disk("a", 1).getGuid();
        String b = disk("b", 2).getGuid();
        long revision = stored(a).modRevision();
        store.reset();
        assertThat(run(a, revision - 1, b, Filter.eq("size", 2), true)).as("the held values, not the stored ones").containsExactly(a);
        assertThat(store.count("getAll", Keys.objectPrefix(disk))).as("documents read").isZero();
        assertThat(offered).isEmpty();
    }

    @Test
    void aCandidateTheCurrentNearCacheDoesNotHoldIsReadFromTheStore_eachEvaluatedAsItsOwn() {
        List<String> sorted = new ArrayList<>(List.of(disk("a", 0).getGuid(), disk("b", 0).getGuid(), disk("c", 0).getGuid()));
        Collections.sort(sorted); // sizes 1, 2, 3 in guid order; the middle one held
        for (int i = 0; i < 3; i++) {
            QDisk d = dal.get(QDisk.class, sorted.get(i));
            d.setSize(i + 1);
            d.save();
        }
        String held = sorted.get(1);
        QueryExecutor executor = new QueryExecutor(store, NO_OBJECTS, new CandidateSnapshots() {
            @Override
            public Snapshot cached(HybridModel model, String g) {
                return g.equals(held) ? DocumentCodec.decode(disk, stored(held)) : null;
            }

            @Override
            public long readStart() {
                return 0;
            }

            @Override
            public void fetched(String g, Snapshot snapshot, long since) {
                offered.add(g);
            }

            @Override
            public boolean current() {
                return true;
            }
        });
        QueryPlan plan = QueryPlan.of(disk, List.of(FilterCompiler.compile(disk, Filter.and(Filter.in("guid", sorted),
                Filter.ne("size", 2L), Filter.ne("size", 1L)))), List.of(), 0, -1, KeySpaceStates.ALL_READY);
        assertThat(executor.run(plan, null, null).guids()).containsExactly(sorted.get(2));
        QueryPlan middle = QueryPlan.of(disk, List.of(FilterCompiler.compile(disk, Filter.and(Filter.in("guid", sorted),
                Filter.eq("size", 2L)))), List.of(), 0, -1, KeySpaceStates.ALL_READY);
        assertThat(executor.run(middle, null, null).guids()).containsExactly(held);
        assertThat(offered).containsOnly(sorted.get(0), sorted.get(2));
    }
}
