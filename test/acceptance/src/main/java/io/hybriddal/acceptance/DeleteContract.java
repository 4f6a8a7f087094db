package io.hybriddal.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.acceptance.model.TestDisk;
import io.hybriddal.acceptance.model.TestMachine;
import io.hybriddal.acceptance.model.TestPartition;
import io.hybriddal.acceptance.model.TestStorage;
import io.hybriddal.dal.LinkedObjectException;
import io.hybriddal.dal.ObjectNotFoundException;
import org.junit.jupiter.api.Test;

/**
 * Delete, linked-object checks and abandon, each one commit or nothing (DESIGN.md semantics 6;
 * ovs-dal.md §1.12). Run by {@link AcceptanceSuite}.
 */
public abstract class DeleteContract extends DalTestBase {

    private TestDisk savedDiskOn(TestMachine machine, TestStorage storage, String name) {
        TestDisk disk = newDisk(name);
        disk.setMachine(machine);
        disk.setStorage(storage);
        disk.save();
        return disk;
    }

    private TestStorage savedStorage(String name) {
        TestStorage storage = dal().create(TestStorage.class);
        storage.setName(name);
        storage.save();
        return storage;
    }

    private TestPartition savedPartition(TestStorage storage) {
        TestPartition partition = dal().create(TestPartition.class);
        partition.setMountpoint("/mnt/p");
        partition.setLabel("p");
        partition.setStorage(storage);
        partition.save();
        return partition;
    }

    @Test
    void delete_removesTheObject() {
        TestDisk disk = savedDisk("d1");

        disk.delete();

        thrown(ObjectNotFoundException.class, () -> dal().get(TestDisk.class, disk.getGuid()));
        assertThat(dal().find(TestDisk.class, disk.getGuid())).isEmpty();
        thrown(ObjectNotFoundException.class, () -> stored(TestDisk.class, disk.getGuid()));
        thrown(ObjectNotFoundException.class, () -> anotherDal().get(TestDisk.class, disk.getGuid()));
    }

    @Test
    void delete_removesTheChildFromItsParentsBackref() {
        TestMachine machine = savedMachine("m1");
        TestDisk stays = savedDiskOn(machine, null, "stays");
        TestDisk goes = savedDiskOn(machine, null, "goes");

        goes.delete();

        assertThat(machine.getDisks().guids()).containsExactly(stays.getGuid());
    }

    @Test
    void delete_throwsLinkedObjectException_andDeletesNothing_whenChildrenExist() {
        TestMachine machine = savedMachine("m1");
        TestDisk d1 = savedDiskOn(machine, null, "d1");
        savedDiskOn(machine, null, "d2");
        long before = storeRevision();

        LinkedObjectException e = thrown(LinkedObjectException.class, machine::delete);

        assertThat(e.backref()).isEqualTo("disks");
        assertThat(e.count()).isEqualTo(2);
        assertThat(storeRevision()).isEqualTo(before);
        assertThat(stored(TestMachine.class, machine.getGuid()).getDisks()).hasSize(2);
        assertThat(stored(TestDisk.class, d1.getGuid()).relationGuid("machine")).isEqualTo(machine.getGuid());
    }

    @Test
    void delete_abandoningABackref_unlinksTheChildrenAndDeletesTheParentInOneCommit() {
        TestMachine machine = savedMachine("m1");
        TestDisk d1 = savedDiskOn(machine, null, "d1");
        TestDisk d2 = savedDiskOn(machine, null, "d2");
        long before = storeRevision();

        machine.delete("disks");

        assertThat(storeRevision()).isEqualTo(before + 1);
        thrown(ObjectNotFoundException.class, () -> stored(TestMachine.class, machine.getGuid()));
        for (TestDisk disk : new TestDisk[] {d1, d2}) {
            TestDisk stored = stored(TestDisk.class, disk.getGuid());
            assertThat(stored.relationGuid("machine")).isNull();
            assertThat(stored.getMachine()).isNull();
            assertThat(stored.version()).isEqualTo(2);
            assertThat(stored.getName()).isEqualTo(disk.getName());
        }
    }

    @Test
    void delete_withStar_abandonsEveryBackref() {
        TestStorage storage = savedStorage("s1");
        TestDisk parent = savedDiskOn(null, storage, "parent");
        TestDisk child = newDisk("child");
        child.setParent(parent);
        child.setStorage(storage);
        child.save();

        parent.delete("*");

        thrown(ObjectNotFoundException.class, () -> stored(TestDisk.class, parent.getGuid()));
        TestDisk storedChild = stored(TestDisk.class, child.getGuid());
        assertThat(storedChild.relationGuid("parent")).isNull();
        assertThat(storedChild.relationGuid("storage")).isEqualTo(storage.getGuid());
        storage.delete("*");
        thrown(ObjectNotFoundException.class, () -> stored(TestStorage.class, storage.getGuid()));
        assertThat(stored(TestDisk.class, child.getGuid()).relationGuid("storage")).isNull();
    }

    @Test
    void delete_abandoningAMandatoryRelation_throwsLinkedObjectException_andChangesNothing() {
        TestStorage storage = savedStorage("s1");
        TestDisk disk = savedDiskOn(null, storage, "d1");
        TestPartition partition = savedPartition(storage);
        long before = storeRevision();

        LinkedObjectException e = thrown(LinkedObjectException.class, () -> storage.delete("*"));

        assertThat(e.backref()).isEqualTo("partitions");
        assertThat(e.count()).isEqualTo(1);
        assertThat(storeRevision()).isEqualTo(before);
        assertThat(stored(TestStorage.class, storage.getGuid()).getName()).isEqualTo("s1");
        TestDisk storedDisk = stored(TestDisk.class, disk.getGuid());
        assertThat(storedDisk.relationGuid("storage")).isEqualTo(storage.getGuid());
        assertThat(storedDisk.version()).isEqualTo(1);
        assertThat(stored(TestPartition.class, partition.getGuid()).relationGuid("storage")).isEqualTo(storage.getGuid());
    }

    @Test
    void delete_abandoningOneBackref_changesNothing_whenAnotherBackrefIsNotEmpty() {
        TestStorage storage = savedStorage("s1");
        TestDisk disk = savedDiskOn(null, storage, "d1");
        savedPartition(storage);
        long before = storeRevision();

        LinkedObjectException e = thrown(LinkedObjectException.class, () -> storage.delete("disks"));

        assertThat(e.backref()).isEqualTo("partitions");
        assertThat(e.count()).isEqualTo(1);
        assertThat(storeRevision()).isEqualTo(before);
        assertThat(stored(TestDisk.class, disk.getGuid()).relationGuid("storage")).isEqualTo(storage.getGuid());
    }

    @Test
    void delete_ofANeverSavedObject_isANoOp() {
        TestDisk disk = newDisk("never saved");
        long before = storeRevision();

        disk.delete();

        assertThat(storeRevision()).isEqualTo(before);
    }

    @Test
    void delete_twice_isANoOp() {
        TestDisk disk = savedDisk("d1");
        disk.delete();
        long before = storeRevision();

        disk.delete();

        assertThat(storeRevision()).isEqualTo(before);
    }

    @Test
    void delete_ofAStaleInstanceOfADeletedObject_isANoOp() {
        TestDisk disk = savedDisk("d1");
        TestDisk stale = anotherDal().get(TestDisk.class, disk.getGuid());
        disk.delete();
        long before = storeRevision();

        stale.delete();

        assertThat(storeRevision()).isEqualTo(before);
        thrown(ObjectNotFoundException.class, () -> stored(TestDisk.class, disk.getGuid()));
    }
}
