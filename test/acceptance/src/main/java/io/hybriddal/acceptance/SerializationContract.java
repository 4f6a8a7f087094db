package io.hybriddal.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.acceptance.model.DynamicProbe;
import io.hybriddal.acceptance.model.TestDisk;
import io.hybriddal.acceptance.model.TestMachine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code export()} and {@code serialize(depth)} (DESIGN.md semantics 9; ovs-dal.md §1.13, §7.1).
 * Values are compared loosely where DESIGN.md leaves their Java representation open (an enum
 * as the constant or its name, a number as any {@link Number}). Run by
 * {@link AcceptanceSuite}.
 */
public abstract class SerializationContract extends DalTestBase {

    private static final List<String> DISK_PROPERTIES = List.of(
            "name", "description", "size", "type", "tags", "geometry", "counter", "priority", "healthy");
    private static final List<String> DISK_DYNAMICS = List.of("usage", "liveReads", "lastError", "expensiveStat");

    private TestDisk savedDiskOn(TestMachine machine, TestDisk parent, String name) {
        TestDisk disk = newDisk(name);
        disk.setSize(7);
        disk.setMachine(machine);
        disk.setParent(parent);
        disk.save();
        return disk;
    }

    @Test
    void export_givesThePropertiesOnly_inDeclarationOrder() {
        TestDisk disk = savedDiskOn(savedMachine("m1"), null, "d1");

        Map<String, Object> exported = disk.export();

        assertThat(new ArrayList<>(exported.keySet())).containsExactlyElementsOf(DISK_PROPERTIES);
        assertThat(exported.get("name")).isEqualTo("d1");
        assertThat(((Number) exported.get("size")).longValue()).isEqualTo(7);
        assertThat(String.valueOf(exported.get("type"))).isEqualTo("HDD");
        assertThat(exported.get("description")).isNull();
        assertThat(DynamicProbe.count(disk.getGuid(), "usage")).isZero();
    }

    @Test
    void export_ofAnUnsavedObject_givesItsLocalValues() {
        TestMachine machine = dal().create(TestMachine.class);
        machine.setName("local");

        assertThat(machine.export()).containsExactly(Map.entry("name", "local"));
    }

    @Test
    void serialize_atDepthZero_givesGuidPropertiesDynamicsAndRelationGuids() {
        TestMachine machine = savedMachine("m1");
        TestDisk disk = savedDiskOn(machine, null, "d1");

        Map<String, Object> map = disk.serialize(0);

        List<String> keys = new ArrayList<>(map.keySet());
        assertThat(keys.get(0)).isEqualTo("guid");
        assertThat(keys).containsExactlyInAnyOrderElementsOf(expectedDiskKeys("machineGuid", "storageGuid", "parentGuid"));
        assertThat(keys.stream().filter(DISK_PROPERTIES::contains).toList()).containsExactlyElementsOf(DISK_PROPERTIES);
        assertThat(map.get("guid")).isEqualTo(disk.getGuid());
        assertThat(map.get("name")).isEqualTo("d1");
        assertThat(((Number) map.get("usage")).longValue()).isEqualTo(1);
        assertThat(map.get("lastError")).isNull();
        assertThat(map.get("machineGuid")).isEqualTo(machine.getGuid());
        assertThat(map.get("storageGuid")).isNull();
        assertThat(map.get("parentGuid")).isNull();
        assertThat(DynamicProbe.count(disk.getGuid(), "usage")).isEqualTo(1);
    }

    @Test
    void serialize_atDepthOne_nestsTheRelatedObjects_andNullForUnsetRelations() {
        TestMachine machine = savedMachine("m1");
        TestDisk parent = savedDiskOn(machine, null, "parent");
        TestDisk child = savedDiskOn(null, parent, "child");

        Map<String, Object> map = anotherDal().get(TestDisk.class, child.getGuid()).serialize(1);

        assertThat(map.keySet()).containsExactlyInAnyOrderElementsOf(expectedDiskKeys("machine", "storage", "parent"));
        assertThat(map).containsEntry("machine", null).containsEntry("storage", null);
        assertThat(map.get("parent")).isInstanceOf(Map.class);
        Map<?, ?> nested = (Map<?, ?>) map.get("parent");
        assertThat(nested.get("guid")).isEqualTo(parent.getGuid());
        assertThat(nested.get("name")).isEqualTo("parent");
        assertThat(nested.get("machineGuid")).isEqualTo(machine.getGuid());
        assertThat(nested.containsKey("machine")).isFalse();
    }

    @Test
    void serialize_ofAMachine_leavesOutItsBackref() {
        TestMachine machine = savedMachine("m1");
        savedDiskOn(machine, null, "d1");

        Map<String, Object> map = machine.serialize(1);

        assertThat(map.keySet()).containsExactlyInAnyOrder("guid", "name", "summary");
        assertThat(map.get("summary")).isEqualTo("machine m1");
    }

    private static List<String> expectedDiskKeys(String... relationKeys) {
        List<String> keys = new ArrayList<>();
        keys.add("guid");
        keys.addAll(DISK_PROPERTIES);
        keys.addAll(DISK_DYNAMICS);
        keys.addAll(List.of(relationKeys));
        return keys;
    }
}
