package io.hybriddal.dal.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hybriddal.dal.ApplyResult;
import io.hybriddal.dal.Change;
import io.hybriddal.dal.Dal;
import io.hybriddal.dal.Design;
import io.hybriddal.dal.InvalidDesignException;
import io.hybriddal.dal.Plan;
import io.hybriddal.dal.PlanAction;
import io.hybriddal.dal.PlanConflictException;
import io.hybriddal.dal.PlanFailedException;
import io.hybriddal.dal.PlanStep;
import io.hybriddal.dal.memory.MemoryPersistentStore;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PlanApplyTest {

    private final MemoryPersistentStore store = new MemoryPersistentStore();
    private final List<String> calls = new ArrayList<>();
    private String failOn;
    private final Dal dal = Dal.builder().persistentStore(store).register(Rack.class, Server.class)
            .reconciler(Server.class, new io.hybriddal.dal.Reconciler<Server>() {
                @Override
                public void apply(PlanStep step, Server server) {
                    calls.add("apply " + step.action() + " " + server.getName());
                    if (server.getName().equals(failOn)) {
                        throw new IllegalStateException("storage refused " + server.getName());
                    }
                }

                @Override
                public void abort(PlanStep step, Server server) {
                    calls.add("abort " + step.action() + " " + server.getName());
                }
            }).build();

    @AfterEach
    void close() {
        dal.close();
    }

    private Rack rack(String name) {
        Rack r = dal.create(Rack.class);
        r.setName(name);
        return r;
    }

    private Server server(String name, Rack rack, long disks) {
        Server s = dal.create(Server.class);
        s.setName(name);
        s.setRack(rack);
        s.setDisks(disks);
        return s;
    }

    private void seed() {
        Rack a = rack("a");
        a.save();
        server("s1", a, 1).save();
        server("s2", a, 2).save();
    }

    @Test
    void plan_createsTargetsFirst_updatesByNaturalKey_deletesOwnedObjectsAbsentFromTheDesign() {
        seed();
        Rack b = rack("b");
        Server s1 = dal.create(Server.class);
        s1.setName("s1");
        s1.setRack(b);
        Server s3 = server("s3", b, 3);

        Plan plan = dal.plan(Design.of(s1, s3, b).owning(Server.class));

        assertThat(plan.steps()).extracting(s -> s.action() + " " + s.hybrid())
                .containsExactly("CREATE rack", "UPDATE server", "CREATE server", "DELETE server");
        PlanStep update = plan.steps().get(1);
        assertThat(update.guid()).isEqualTo(dal.query(Server.class).where(io.hybriddal.dal.Filter.eq("name", "s1")).first()
                .orElseThrow().getGuid());
        assertThat(update.changes()).containsOnlyKeys("rack");
        assertThat(update.changes().get("rack").after()).isEqualTo(b.getGuid());
        assertThat(plan.steps().get(3).changes().get("name")).isEqualTo(new Change("s2", null));
    }

    @Test
    void apply_reachesTheDesign_soThatPlanningAgainFindsNoDrift() {
        seed();
        Rack b = rack("b");
        Server s1 = server("s1", b, 7);
        Design design = Design.of(b, s1).owning(Server.class);

        ApplyResult result = dal.plan(design).apply();

        assertThat(result.applied()).hasSize(3);
        assertThat(result.commits()).isEqualTo(1);
        assertThat(dal.plan(design).isEmpty()).isTrue();
        Server stored = dal.query(Server.class).list().get(0);
        assertThat(stored.getDisks()).isEqualTo(7);
        assertThat(stored.getRack().getName()).isEqualTo("b");
        assertThat(dal.query(Server.class).count()).isEqualTo(1);
        assertThat(dal.admin().lastAppliedPlan()).get().satisfies(p -> {
            assertThat(p.creates()).isEqualTo(1);
            assertThat(p.updates()).isEqualTo(1);
            assertThat(p.deletes()).isEqualTo(1);
        });
    }

    @Test
    void plan_ignoresMembersTheDesignDoesNotSet_andAnEmptyPlanWritesNothing() {
        seed();
        Server s1 = dal.create(Server.class);
        s1.setName("s1"); // disks and rack unset: don't care
        long revision = store.currentRevision();

        Plan plan = dal.plan(Design.of(s1));

        assertThat(plan.isEmpty()).isTrue();
        assertThat(plan.apply().commits()).isZero();
        assertThat(store.currentRevision()).isEqualTo(revision);
        assertThat(dal.admin().lastAppliedPlan()).isEmpty();
    }

    @Test
    void plan_matchesByGuidBeforeNaturalKey_andRenames() {
        seed();
        Server stored = dal.query(Server.class).where(io.hybriddal.dal.Filter.eq("name", "s1")).first().orElseThrow();
        Server renamed = dal.create(Server.class, stored.getGuid());
        renamed.setName("s1-new");

        Plan plan = dal.plan(Design.of(renamed));

        assertThat(plan.steps()).singleElement().satisfies(s -> {
            assertThat(s.action()).isEqualTo(PlanAction.UPDATE);
            assertThat(s.changes()).containsExactly(java.util.Map.entry("name", new Change("s1", "s1-new")));
        });
    }

    @Test
    void apply_doesNothing_whenAnObjectChangedSinceThePlanReadIt() {
        seed();
        Server s1 = dal.create(Server.class);
        s1.setName("s1");
        s1.setDisks(9);
        Plan plan = dal.plan(Design.of(s1, rack("c")));
        Server other = dal.query(Server.class).where(io.hybriddal.dal.Filter.eq("name", "s1")).first().orElseThrow();
        other.setDisks(4);
        other.save();
        long revision = store.currentRevision();

        assertThatThrownBy(plan::apply).isInstanceOfSatisfying(PlanConflictException.class,
                e -> assertThat(e.objects()).containsExactly("server " + other.getGuid() + " (changed since)"));
        assertThat(store.currentRevision()).isEqualTo(revision);
        assertThat(calls).isEmpty();
        assertThat(dal.query(Rack.class).count()).isEqualTo(1);
    }

    @Test
    void apply_abortsTheAppliedStepsInReverseOrder_andChangesNoData_whenAReconcilerFails() {
        Rack a = rack("a");
        Design design = Design.of(a, server("x", a, 1), server("y", a, 1), server("z", a, 1));
        Plan plan = dal.plan(design);
        failOn = "z";
        long revision = store.currentRevision();

        assertThatThrownBy(plan::apply).isInstanceOfSatisfying(PlanFailedException.class, e -> {
            assertThat(e.failedStep().describe()).startsWith("create server");
            assertThat(e.abortFailures()).isEmpty();
            assertThat(e).hasMessageContaining("step 4 of 4").hasRootCauseMessage("storage refused z");
        });
        assertThat(calls).containsExactly("apply CREATE x", "apply CREATE y", "apply CREATE z", "abort CREATE y", "abort CREATE x");
        assertThat(store.currentRevision()).isEqualTo(revision);
    }

    @Test
    void plan_reportsEveryObjectThatFailsValidationOrAUniqueConstraint_andWritesNothing() {
        seed();
        Server bad = server("neg", null, -1);
        Server dup1 = server("twin", null, 0);
        Server dup2 = server("twin", null, 0);
        long revision = store.currentRevision();

        assertThatThrownBy(() -> dal.plan(Design.of(bad, dup1, dup2))).isInstanceOfSatisfying(InvalidDesignException.class, e -> {
            assertThat(e.problems()).hasSize(2);
            assertThat(e.problems().get(0)).contains("create server " + bad.getGuid(), "disks", "(was -1)");
            assertThat(e.problems().get(1)).contains("unique property 'name'", "'twin'", dup1.getGuid(), dup2.getGuid());
        });
        assertThat(store.currentRevision()).isEqualTo(revision);
    }

    @Test
    void plan_refusesACycleOfRelations_namingItsObjects() {
        Server p = server("p", null, 0);
        Server q = server("q", null, 0);
        Server behind = server("behind", null, 0);
        p.setMirror(q);
        q.setMirror(p);
        behind.setMirror(p);

        assertThatThrownBy(() -> dal.plan(Design.of(p, q, behind))).isInstanceOfSatisfying(InvalidDesignException.class,
                e -> assertThat(e.problems()).singleElement().asString().contains("cycle")
                        .endsWith(": server " + p.getGuid() + ", server " + q.getGuid()));
    }

    @Test
    void plan_refusesToDeleteAnObjectThatOthersStillPointAt() {
        seed();
        assertThatThrownBy(() -> dal.plan(Design.of().owning(Rack.class))).isInstanceOf(InvalidDesignException.class)
                .hasMessageContaining("server.rack of [").hasMessageContaining("still points at it");
    }

    @Test
    void plan_deletesChildrenBeforeTheirParents() {
        seed();
        Plan plan = dal.plan(Design.of().owning(Rack.class, Server.class));

        assertThat(plan.steps()).extracting(s -> s.action() + " " + s.hybrid())
                .containsExactly("DELETE server", "DELETE server", "DELETE rack");
        plan.apply();
        assertThat(dal.query(Rack.class).count()).isZero();
    }
}
