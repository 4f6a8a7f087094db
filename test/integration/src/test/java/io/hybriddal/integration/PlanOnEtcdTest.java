package io.hybriddal.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hybriddal.dal.ApplyResult;
import io.hybriddal.dal.Dal;
import io.hybriddal.dal.Design;
import io.hybriddal.dal.Filter;
import io.hybriddal.dal.InvalidDesignException;
import io.hybriddal.dal.PendingPlan;
import io.hybriddal.dal.Plan;
import io.hybriddal.dal.PlanConflictException;
import io.hybriddal.dal.PlanFailedException;
import io.hybriddal.dal.PlanStep;
import io.hybriddal.dal.Reconciler;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.integration.model.Rack;
import io.hybriddal.integration.model.Server;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Plans on the real etcd: round trips, guards, reconciler aborts, batches beyond etcd's 128 operations, a killed applier. */
class PlanOnEtcdTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private final List<String> calls = new ArrayList<>();
    private String failOn;
    private final Reconciler<Server> reconciler = new Reconciler<>() {
        @Override
        public void apply(PlanStep step, Server server) {
            calls.add("apply " + server.getName());
            if (server.getName().equals(failOn)) {
                throw new IllegalStateException("refused " + server.getName());
            }
        }

        @Override
        public void abort(PlanStep step, Server server) {
            calls.add("abort " + server.getName());
        }
    };

    private Dal open(PersistentStore store) {
        return Dal.builder().persistentStore(store).register(Rack.class, Server.class).reconciler(Server.class, reconciler).build();
    }

    private static Server server(Dal dal, String name, Rack rack, long disks) {
        Server s = dal.create(Server.class);
        s.setName(name);
        s.setRack(rack);
        s.setDisks(disks);
        return s;
    }

    @Test
    void planApplyDrift_roundTrip_andAStalePlanDoesNothing() {
        try (PersistentStore store = PersistentStore.open(SharedServers.freshEtcdUri("plan-roundtrip")); Dal dal = open(store)) {
            Rack a = dal.create(Rack.class);
            a.setName("a");
            Design design = Design.of(a, server(dal, "s1", a, 2), server(dal, "s2", a, 3));
            ApplyResult first = dal.plan(design).apply();
            assertThat(first.applied()).hasSize(3);
            assertThat(dal.plan(design).isEmpty()).isTrue();

            Server s1 = dal.create(Server.class);
            s1.setName("s1");
            s1.setDisks(8);
            Plan stale = dal.plan(Design.of(s1));
            Server concurrent = dal.query(Server.class).where(Filter.eq("name", "s1")).first().orElseThrow();
            concurrent.setDisks(4);
            concurrent.save();
            long revision = store.currentRevision();

            assertThatThrownBy(stale::apply).isInstanceOf(PlanConflictException.class).hasMessageContaining(concurrent.getGuid());
            assertThat(store.currentRevision()).isEqualTo(revision);
            assertThat(dal.plan(Design.of(s1)).apply().commits()).isEqualTo(1);
            assertThat(dal.query(Server.class).where(Filter.eq("disks", 8L)).count()).isEqualTo(1);
        }
    }

    @Test
    void aFailingReconciler_abortsTheAppliedStepsInReverse_andNothingIsWritten() {
        try (PersistentStore store = PersistentStore.open(SharedServers.freshEtcdUri("plan-abort")); Dal dal = open(store)) {
            Rack a = dal.create(Rack.class);
            a.setName("a");
            Plan plan = dal.plan(Design.of(a, server(dal, "x", a, 1), server(dal, "y", a, 1), server(dal, "z", a, 1)));
            failOn = "z";
            long revision = store.currentRevision();

            assertThatThrownBy(plan::apply).isInstanceOfSatisfying(PlanFailedException.class,
                    e -> assertThat(e.failedStep().changes().get("name").after()).isEqualTo("z"));
            assertThat(calls).containsExactly("apply x", "apply y", "apply z", "abort y", "abort x");
            assertThat(store.currentRevision()).isEqualTo(revision);
        }
    }

    @Test
    void aPlanLargerThanOneEtcdTransaction_isWrittenInBatches() {
        try (PersistentStore store = PersistentStore.open(SharedServers.freshEtcdUri("plan-batches")); Dal dal = open(store)) {
            PlanFixture.seed(dal);
            Plan plan = dal.plan(PlanFixture.design(dal));
            assertThat(plan.steps()).hasSize(PlanFixture.STEPS);

            ApplyResult result = plan.apply();

            assertThat(result.commits()).isGreaterThan(10);
            assertThat(dal.plan(PlanFixture.design(dal)).isEmpty()).isTrue();
            assertThat(dal.pendingPlans()).isEmpty();
            assertThat(store.scan("p/plans/", null, 10).entries()).isEmpty();
        }
    }

    @Test
    @Timeout(180)
    void anApplierKilledBetweenBatches_leavesAPendingPlan_thatResumes() {
        String uri = SharedServers.freshEtcdUri("plan-killed-resume");
        try (PersistentStore store = PersistentStore.open(uri); Dal dal = open(store)) {
            PlanFixture.seed(dal);
            killApplierMidway(uri);

            List<PendingPlan> pending = dal.pendingPlans();
            assertThat(pending).singleElement().satisfies(p -> {
                assertThat(p.committed()).isPositive().isLessThan(p.batches());
                assertThat(p.steps()).isEqualTo(PlanFixture.STEPS);
            });
            pending.get(0).resume();

            assertThat(dal.plan(PlanFixture.design(dal)).isEmpty()).isTrue();
            assertThat(dal.pendingPlans()).isEmpty();
        }
    }

    @Test
    @Timeout(180)
    void anApplierKilledBetweenBatches_leavesAPendingPlan_thatAbortsToTheFormerState() {
        String uri = SharedServers.freshEtcdUri("plan-killed-abort");
        try (PersistentStore store = PersistentStore.open(uri); Dal dal = open(store)) {
            PlanFixture.seed(dal);
            TreeMap<String, String> before = PlanFixture.contents(dal);
            killApplierMidway(uri);
            assertThat(PlanFixture.contents(dal)).isNotEqualTo(before);

            dal.pendingPlans().get(0).abort();

            assertThat(PlanFixture.contents(dal)).isEqualTo(before);
            assertThat(dal.pendingPlans()).isEmpty();
            assertThat(store.scan("p/plans/", null, 10).entries()).isEmpty();
            assertThat(calls).as("the child ran no reconciler; this Dal's aborts every step").hasSize(PlanFixture.STEPS - 1);
        }
    }

    /** A child JVM applies the fixture's design and is killed (SIGKILL) once 100 steps are committed. */
    private static void killApplierMidway(String uri) {
        try (ChildJvm child = ChildJvm.start(PlanApplierMain.class, uri, "100")) {
            String line = child.nextLine(WAIT);
            assertThat(line).as("the child's first line").startsWith("HOLD ");
            child.kill();
        }
    }

    @Test
    void aDesignFileNamingUnknownTargets_isRefusedWithFileAndLine(@TempDir Path dir) throws Exception {
        try (PersistentStore store = PersistentStore.open(SharedServers.freshEtcdUri("plan-file")); Dal dal = open(store)) {
            Path file = Files.writeString(dir.resolve("d.yaml"), "server:\n  - name: s1\n    rack: nowhere\n");
            long revision = store.currentRevision();

            assertThatThrownBy(() -> Design.read(dal, file)).isInstanceOf(InvalidDesignException.class)
                    .hasMessageContaining(file + ":3: hybrid 'server' member 'rack': no rack with name 'nowhere'");
            assertThat(store.currentRevision()).isEqualTo(revision);
        }
    }
}
