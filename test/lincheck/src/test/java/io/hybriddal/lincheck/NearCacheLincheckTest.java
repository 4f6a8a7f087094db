package io.hybriddal.lincheck;

import io.hybriddal.dal.Dal;
import io.hybriddal.dal.internal.DalEngine;
import io.hybriddal.dal.internal.codec.Keys;
import io.hybriddal.dal.internal.codec.Snapshot;
import io.hybriddal.dal.internal.model.HybridModel;
import io.hybriddal.dal.internal.read.NearCache;
import io.hybriddal.dal.memory.MemoryPersistentStore;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Map;
import org.jetbrains.lincheck.datastructures.IntGen;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;
import org.jetbrains.lincheck.datastructures.StressOptions;
import org.junit.jupiter.api.Test;

/**
 * Model check of the near cache's coherence for one object: snapshots offered by readers
 * ({@code offer}) and changes reported by the watch or by this Dal's own commits
 * ({@code committed}, a tombstone at the change's revision) race, and what {@code get} serves
 * must be what some sequential order of them serves under the near cache's rule ({@link Rule}):
 * never a snapshot older than a change already reported. Checked twice: Lincheck's model checking
 * explores the interleavings of two threads, and its stress mode runs them on real threads. Both
 * fail when the rule is broken; only the stress run caught the race of a check-then-act offer
 * ({@code getIfPresent} then {@code put} instead of one {@code compute}), so both stay.
 *
 * <p>The near cache is shared by every scenario (each one starts its watch and a thread) and
 * emptied for the object at the start of each.
 */
@Param(name = "revision", gen = IntGen.class, conf = "1:4")
public class NearCacheLincheckTest {

    private static final String GUID = "lincheck-object";
    private static final MemoryPersistentStore STORE = new MemoryPersistentStore();
    private static final Dal DAL = Dal.builder().persistentStore(STORE).nearCacheSize(0).register(Meter.class).build();
    private static final HybridModel MODEL = ((DalEngine) DAL).registry().require(Meter.class);
    private static final String KEY = Keys.object(MODEL, GUID);
    private static final NearCache NEAR = new NearCache(STORE, new Object(), 1000, new SimpleMeterRegistry(), Duration.ofSeconds(2));

    public NearCacheLincheckTest() {
        NEAR.forget(MODEL, GUID);
    }

    @Operation
    public void offer(@Param(name = "revision") int revision) {
        // a read that started after everything: the rule of what is held, not of what was lost (SnapshotTableTest)
        NEAR.offer(GUID, Snapshot.of(MODEL, revision, revision, new Object[MODEL.fields().size()], Map.of()), Long.MAX_VALUE);
    }

    @Operation
    public void changed(@Param(name = "revision") int revision) {
        NEAR.ownCommit(KEY, revision);
    }

    /** The revision of the snapshot served, or 0 for none. */
    @Operation
    public long get() {
        Snapshot served = NEAR.get(MODEL, GUID);
        return served == null ? 0 : served.revision();
    }

    /**
     * The sequential specification: the entry of highest revision wins, a snapshot replacing a
     * change of its own revision (it is the state that change produced), and a change is served
     * as nothing.
     */
    public static final class Rule {
        private long revision;
        private boolean changed;

        public void offer(int revision) {
            if (this.revision <= revision) {
                this.revision = revision;
                this.changed = false;
            }
        }

        public void changed(int revision) {
            if (this.revision < revision) {
                this.revision = revision;
                this.changed = true;
            }
        }

        public long get() {
            return changed ? 0 : revision;
        }
    }

    @Test
    void offerAndInvalidate_areLinearizableToTheRevisionRule() {
        new ModelCheckingOptions().sequentialSpecification(Rule.class).threads(2).actorsPerThread(3).actorsBefore(1).actorsAfter(1)
                .iterations(30).invocationsPerIteration(300).check(getClass());
    }

    @Test
    void offerAndInvalidate_underRealThreads_areLinearizableToTheRevisionRule() {
        new StressOptions().sequentialSpecification(Rule.class).threads(2).actorsPerThread(3).actorsBefore(1).actorsAfter(1)
                .iterations(50).invocationsPerIteration(2000).check(getClass());
    }
}
