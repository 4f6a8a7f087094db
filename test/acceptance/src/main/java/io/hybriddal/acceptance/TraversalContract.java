package io.hybriddal.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.acceptance.model.TestDisk;
import io.hybriddal.acceptance.model.TestMachine;
import io.hybriddal.acceptance.model.TestModel;
import io.hybriddal.dal.Dal;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Edge;
import io.hybriddal.dal.Graph;
import io.hybriddal.dal.spi.support.RecordingPersistentStore;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Graph traversal (DESIGN.md "Graph traversal"): breadth-first from one object over named
 * relations and backrefs, each object once, edges child → parent as stored, each level loaded in
 * one multi-get per page, never one read per object. Run by {@link AcceptanceSuite}.
 */
public abstract class TraversalContract extends DalTestBase {

    private TestDisk disk(String name, TestMachine machine, TestDisk parent) {
        TestDisk disk = newDisk(name);
        disk.setMachine(machine);
        disk.setParent(parent);
        disk.save();
        return disk;
    }

    private static List<String> names(Graph graph) {
        return graph.nodes().stream().map(o -> (String) o.get("name")).toList();
    }

    @Test
    void traverse_walksRelationsAndBackrefsBreadthFirst_eachObjectOnce() {
        TestMachine machine = savedMachine("m");
        TestDisk d1 = disk("d1", machine, null);
        TestDisk d2 = disk("d2", machine, null);
        TestDisk d3 = disk("d3", null, d1);
        DataObject start = anotherDal().get(TestMachine.class, machine.getGuid());

        Graph g = anotherDal().traverse(start).follow("disks", "machine", "children", "parent").depth(5).run();

        assertThat(names(g)).hasSize(4).startsWith("m").endsWith("d3").containsOnlyOnce("m", "d1", "d2", "d3");
        assertThat(g.edges()).containsExactlyInAnyOrder(
                new Edge("testdisk", d1.getGuid(), "machine", "testmachine", machine.getGuid()),
                new Edge("testdisk", d2.getGuid(), "machine", "testmachine", machine.getGuid()),
                new Edge("testdisk", d3.getGuid(), "parent", "testdisk", d1.getGuid()));
        assertThat(g.nodes()).extracting(g::depth).containsExactly(0, 1, 1, 2);
    }

    @Test
    void traverse_loadsEachLevelInOneMultiGetPerPage_neverObjectByObject() {
        TestMachine machine = savedMachine("m");
        List<String> guids = new ArrayList<>();
        for (int i = 0; i < 150; i++) { // one save each: a transaction of 150 objects is over etcd's operation limit
            guids.add(disk("d" + i, machine, null).getGuid());
        }
        RecordingPersistentStore recorded = new RecordingPersistentStore(persistentStore());
        Dal reader = open(Dal.builder().persistentStore(recorded).volatileStore(volatileStore()).clock(clock).nearCacheSize(0)
                .register(TestModel.HYBRIDS.toArray(Class[]::new)));
        DataObject start = reader.get(TestMachine.class, machine.getGuid());
        recorded.reset();

        Graph g = reader.traverse(start).follow("disks").run();

        assertThat(g.nodes()).hasSize(151);
        assertThat(recorded.count("getAll")).as("two pages of disks").isEqualTo(2);
        assertThat(recorded.count("get")).isZero();
    }

    @Test
    void traverse_skipsMembersTheObjectsHybridLacks() {
        TestMachine machine = savedMachine("m");
        disk("d1", machine, null);

        Graph g = dal().traverse(machine).follow("children", "partitions").depth(3).run();

        assertThat(names(g)).containsExactly("m");
    }

    @Test
    void traverse_rejectsNamesNoHybridHas() {
        TestMachine machine = savedMachine("m");

        IllegalArgumentException e = thrown(IllegalArgumentException.class, () -> dal().traverse(machine).follow("disks", "nowhere"));

        assertThat(e).hasMessageContaining("nowhere");
    }
}
