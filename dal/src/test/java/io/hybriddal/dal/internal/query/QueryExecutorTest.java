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
            public void fetched(String g, Snapshot snapshot) {
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
    void aCandidateTheCurrentNearCacheDoesNotHoldIsReadFromTheStore() {
        String a = disk("a", 1).getGuid();
        String b = disk("b", 2).getGuid();
        String c = disk("c", 3).getGuid();
        QueryExecutor executor = new QueryExecutor(store, NO_OBJECTS, new CandidateSnapshots() {
            @Override
            public Snapshot cached(HybridModel model, String g) {
                return g.equals(a) ? DocumentCodec.decode(disk, stored(a)) : null;
            }

            @Override
            public void fetched(String g, Snapshot snapshot) {
                offered.add(g);
            }

            @Override
            public boolean current() {
                return true;
            }
        });
        QueryPlan plan = QueryPlan.of(disk, List.of(FilterCompiler.compile(disk, Filter.in("guid", List.of(a, b, c)))),
                List.of(), 0, -1, KeySpaceStates.ALL_READY);
        assertThat(executor.run(plan, null, null).guids()).containsExactlyInAnyOrder(a, b, c);
        assertThat(offered).containsExactlyInAnyOrder(b, c);
    }
}
