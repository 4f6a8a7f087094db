package io.hybriddal.dal.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hybriddal.dal.ApplyResult;
import io.hybriddal.dal.Dal;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Design;
import io.hybriddal.dal.PendingPlan;
import io.hybriddal.dal.Plan;
import io.hybriddal.dal.PlanStep;
import io.hybriddal.dal.Reconciler;
import io.hybriddal.dal.StoreException;
import io.hybriddal.dal.memory.MemoryPersistentStore;
import io.hybriddal.dal.spi.Commit;
import io.hybriddal.dal.spi.CommitResult;
import io.hybriddal.dal.spi.Operation;
import io.hybriddal.dal.spi.support.ForwardingPersistentStore;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Plans larger than one commit of a store limited as etcd is by default (128 operations): the
 * data goes in batches under the plan log, and a failure between batches leaves a pending plan
 * that another Dal resumes or aborts.
 */
class PlanBatchTest {

    /** A memory store limited to 128 operations per commit that fails the commit of batch {@code failAt} (1-based; 0: never). */
    static final class LimitedStore extends ForwardingPersistentStore {
        int failAt;
        int heads;

        LimitedStore(MemoryPersistentStore delegate) {
            super(delegate);
        }

        @Override
        public int maxCommitOperations() {
            return 128;
        }

        @Override
        public CommitResult commit(Commit commit) {
            if (commit.size() > 128) {
                throw new StoreException("commit of " + commit.size() + " operations exceeds 128");
            }
            boolean movesHead = commit.operations().stream()
                    .anyMatch(op -> op instanceof Operation.Put && op.key().startsWith("p/plans/") && op.key().endsWith("/head"));
            if (movesHead && failAt > 0 && heads++ == failAt) { // the first head write starts the log: batch n is the (n+1)th
                throw new StoreException("store unreachable (injected) at batch " + failAt);
            }
            return super.commit(commit);
        }
    }

    private final MemoryPersistentStore memory = new MemoryPersistentStore();
    private final LimitedStore store = new LimitedStore(memory);
    private final List<String> aborted = new ArrayList<>();
    private final Reconciler<Server> reconciler = new Reconciler<>() {
        @Override
        public void apply(PlanStep step, Server server) {
        }

        @Override
        public void abort(PlanStep step, Server server) {
            aborted.add(step.action() + " " + server.getName());
        }
    };
    private final Dal dal = open();

    private Dal open() {
        return Dal.builder().persistentStore(store).register(Rack.class, Server.class).reconciler(Server.class, reconciler).build();
    }

    @AfterEach
    void close() {
        dal.close();
    }

    /** Rack a with servers s0..s99 (1 disk each). */
    private void seed() {
        Rack a = dal.create(Rack.class);
        a.setName("a");
        a.save();
        for (int from = 0; from < 100; from += 20) {
            int start = from;
            dal.inTransaction(() -> {
                for (int i = start; i < start + 20; i++) {
                    Server s = dal.create(Server.class);
                    s.setName("s" + i);
                    s.setDisks(1);
                    s.setRack(a);
                    s.save();
                }
            });
        }
    }

    /** Rack b; s0..s49 move to b with 5 disks; s100..s249 are new; s50..s99 go (servers are owned). */
    private Design design(Dal dal) {
        List<DataObject> objects = new ArrayList<>();
        Rack b = dal.create(Rack.class);
        b.setName("b");
        objects.add(b);
        for (int i = 0; i < 250; i = i == 49 ? 100 : i + 1) {
            Server s = dal.create(Server.class);
            s.setName("s" + i);
            s.setDisks(5);
            s.setRack(b);
            objects.add(s);
        }
        return Design.of(objects).owning(Server.class);
    }

    /** Every server as name → disks@rack, and the racks. */
    private static TreeMap<String, String> contents(Dal dal) {
        TreeMap<String, String> contents = new TreeMap<>();
        dal.query(Server.class).list().forEach(s -> contents.put(s.getName(), s.getGuid() + " " + s.getDisks() + "@" + s.getRack().getName()));
        dal.query(Rack.class).list().forEach(r -> contents.put("rack " + r.getName(), r.getGuid()));
        return contents;
    }

    @Test
    void apply_writesAPlanLargerThanOneCommitInBatches_andLeavesNoLog() {
        seed();
        Plan plan = dal.plan(design(dal));
        assertThat(plan.steps()).hasSize(1 + 50 + 150 + 50);

        ApplyResult result = plan.apply();

        assertThat(result.commits()).isGreaterThan(10);
        assertThat(dal.plan(design(dal)).isEmpty()).isTrue();
        assertThat(dal.query(Server.class).count()).isEqualTo(200);
        assertThat(dal.pendingPlans()).isEmpty();
        assertThat(memory.scan("p/plans/", null, 10).entries()).isEmpty();
        assertThat(dal.admin().lastAppliedPlan()).get().extracting(p -> p.commits()).isEqualTo(result.commits());
    }

    @Test
    void pendingPlan_resumes_afterAFailureBetweenBatches() {
        seed();
        Plan plan = dal.plan(design(dal));
        store.failAt = 3;

        assertThatThrownBy(plan::apply).isInstanceOf(StoreException.class).hasMessageContaining("injected");
        store.failAt = 0;
        try (Dal other = open()) {
            List<PendingPlan> pending = other.pendingPlans();
            assertThat(pending).singleElement().satisfies(p -> {
                assertThat(p.committed()).isEqualTo(2);
                assertThat(p.steps()).isEqualTo(251);
            });

            ApplyResult result = pending.get(0).resume();

            assertThat(result.commits()).isEqualTo(pending.get(0).batches() - 2);
            assertThat(other.plan(design(other)).isEmpty()).isTrue();
            assertThat(other.pendingPlans()).isEmpty();
        }
        assertThat(aborted).isEmpty();
    }

    @Test
    void pendingPlan_aborts_restoringTheDataAndAbortingEveryReconciledStepInReverse() {
        seed();
        TreeMap<String, String> before = contents(dal);
        Plan plan = dal.plan(design(dal));
        store.failAt = 4;
        assertThatThrownBy(plan::apply).isInstanceOf(StoreException.class);
        store.failAt = 0;
        assertThat(contents(dal)).isNotEqualTo(before);

        try (Dal other = open()) {
            other.pendingPlans().get(0).abort();

            assertThat(contents(other)).isEqualTo(before);
            assertThat(other.pendingPlans()).isEmpty();
        }
        assertThat(memory.scan("p/", null, 10).entries()).isEmpty();
        assertThat(aborted).as("every server step, deletes (applied last) aborted first").hasSize(250).endsWith("UPDATE s0");
        assertThat(aborted.subList(0, 50)).allMatch(a -> a.startsWith("DELETE "));
    }
}
