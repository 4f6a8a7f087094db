package io.hybriddal.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.acceptance.model.TestDisk;
import io.hybriddal.acceptance.model.TestMachine;
import io.hybriddal.dal.MissingMandatoryFieldsException;
import org.junit.jupiter.api.Test;

/**
 * {@code saveRecursive()}: the dirty or new objects reachable through loaded relations and
 * loaded backref members are saved with the object, targets first, in one transaction
 * (DESIGN.md "Freshness"; DataObject javadoc). Run by
 * {@link AcceptanceSuite}.
 */
public abstract class SaveRecursiveContract extends DalTestBase {

    private TestMachine newMachine(String name) {
        TestMachine machine = dal().create(TestMachine.class);
        machine.setName(name);
        return machine;
    }

    private TestDisk newDiskOn(TestMachine machine, String name) {
        TestDisk disk = newDisk(name);
        disk.setMachine(machine);
        return disk;
    }

    @Test
    void saveRecursive_fromNewDisks_savesThemAndTheirNewMachine() {
        TestMachine machine = newMachine("m1");
        TestDisk d1 = newDiskOn(machine, "d1");
        TestDisk d2 = newDiskOn(machine, "d2");

        d1.saveRecursive();
        assertThat(machine.isNew()).isFalse();
        d2.saveRecursive();

        assertThat(d1.isNew()).isFalse();
        assertThat(d2.isNew()).isFalse();
        assertThat(machine.version()).isEqualTo(1);
        TestMachine loaded = anotherDal().get(TestMachine.class, machine.getGuid());
        assertThat(loaded.getName()).isEqualTo("m1");
        assertThat(loaded.getDisks().guids()).containsExactlyInAnyOrder(d1.getGuid(), d2.getGuid());
    }

    @Test
    void saveRecursive_savesAChainOfNewTargets_inOneCommit() {
        TestMachine machine = newMachine("m1");
        TestDisk parent = newDiskOn(machine, "parent");
        TestDisk child = newDisk("child");
        child.setParent(parent);
        long before = storeRevision();

        child.saveRecursive();

        assertThat(storeRevision()).isEqualTo(before + 1);
        assertThat(stored(TestDisk.class, child.getGuid()).relationGuid("parent")).isEqualTo(parent.getGuid());
        assertThat(stored(TestDisk.class, parent.getGuid()).relationGuid("machine")).isEqualTo(machine.getGuid());
        assertThat(stored(TestMachine.class, machine.getGuid()).getDisks()).containsExactly(parent);
        assertThat(parent.getChildren()).containsExactly(child);
    }

    @Test
    void saveRecursive_fromAMachine_savesTheDisksItLoadedThroughItsBackref() {
        TestMachine machine = newMachine("m1");
        machine.save();
        TestDisk d1 = newDiskOn(machine, "d1");
        d1.save();
        TestDisk d2 = newDiskOn(machine, "d2");
        d2.save();
        TestMachine loaded = dal().get(TestMachine.class, machine.getGuid());

        for (TestDisk disk : loaded.getDisks()) {
            disk.setDescription("touched " + disk.getName());
        }
        loaded.setName("m1-renamed");
        loaded.saveRecursive();

        assertThat(stored(TestMachine.class, machine.getGuid()).getName()).isEqualTo("m1-renamed");
        for (TestDisk disk : new TestDisk[] {d1, d2}) {
            TestDisk stored = stored(TestDisk.class, disk.getGuid());
            assertThat(stored.getDescription()).isEqualTo("touched " + disk.getName());
            assertThat(stored.version()).isEqualTo(2);
        }
        assertThat(anotherDal().get(TestMachine.class, machine.getGuid()).getDisks().guids())
                .containsExactlyInAnyOrder(d1.getGuid(), d2.getGuid());
    }

    @Test
    void saveRecursive_writesNothing_whenAnyObjectFailsToSave() {
        TestMachine nameless = dal().create(TestMachine.class);
        TestDisk disk = newDiskOn(nameless, "d1");
        long before = storeRevision();

        MissingMandatoryFieldsException e = thrown(MissingMandatoryFieldsException.class, disk::saveRecursive);

        assertThat(e.fields()).containsExactly("name");
        assertThat(storeRevision()).isEqualTo(before);
        assertThat(disk.isNew()).isTrue();
        assertThat(nameless.isNew()).isTrue();
    }
}
