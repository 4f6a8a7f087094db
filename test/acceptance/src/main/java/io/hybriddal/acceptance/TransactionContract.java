package io.hybriddal.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.acceptance.model.TestDisk;
import io.hybriddal.acceptance.model.TestMachine;
import io.hybriddal.dal.ConcurrencyException;
import io.hybriddal.dal.ConflictPolicy;
import io.hybriddal.dal.DataList;
import io.hybriddal.dal.Filter;
import io.hybriddal.dal.LinkedObjectException;
import io.hybriddal.dal.MissingMandatoryFieldsException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code Dal.inTransaction}: every save and delete of the block in one atomic commit, with the
 * checks of single saves, or nothing at all; reads on the transaction's thread see its own
 * pending writes, other processes none of them. Run by {@link AcceptanceSuite}.
 */
public abstract class TransactionContract extends DalTestBase {

    @Test
    void inTransaction_commitsEverySaveAndDelete_inOneStoreCommit() {
        TestMachine machine = savedMachine("m1");
        TestDisk gone = savedDisk("gone");
        long before = storeRevision();
        TestDisk a = newDisk("a");
        TestDisk b = newDisk("b");
        a.setMachine(machine);
        dal().inTransaction(() -> {
            a.save();
            b.save();
            gone.delete();
        });
        assertThat(storeRevision()).isEqualTo(before + 1);
        assertThat(stored(TestDisk.class, a.getGuid()).getMachine()).isEqualTo(machine);
        assertThat(dal().find(TestDisk.class, gone.getGuid())).isEmpty();
        assertThat(machine.getDisks().guids()).containsExactly(a.getGuid());
    }

    @Test
    void inTransaction_returnsTheSuppliersResult_afterCommitting() {
        String guid = dal().inTransaction(() -> {
            TestDisk disk = newDisk("x");
            disk.save();
            return disk.getGuid();
        });
        assertThat(stored(TestDisk.class, guid).getName()).isEqualTo("x");
    }

    @Test
    void inTransaction_writesNothing_whenALaterDeleteIsRefused() {
        TestMachine machine = savedMachine("busy");
        TestDisk child = newDisk("child");
        child.setMachine(machine);
        child.save();
        long before = storeRevision();
        TestDisk fresh = newDisk("fresh");
        thrown(LinkedObjectException.class, () -> dal().inTransaction(() -> {
            fresh.save();
            machine.delete();
        }));
        assertThat(storeRevision()).isEqualTo(before);
        assertThat(dal().find(TestDisk.class, fresh.getGuid())).isEmpty();
        assertThat(fresh.isNew()).isTrue();
    }

    @Test
    void inTransaction_writesNothing_whenOneObjectConflictsUnderRaise() {
        TestDisk disk = savedDisk("d");
        TestDisk other = anotherDal().get(TestDisk.class, disk.getGuid());
        other.setName("theirs");
        other.save();
        long before = storeRevision();
        TestDisk fresh = newDisk("fresh");
        disk.setConflictPolicy(ConflictPolicy.RAISE);
        disk.setName("mine");
        thrown(ConcurrencyException.class, () -> dal().inTransaction(() -> {
            fresh.save();
            disk.save();
        }));
        assertThat(storeRevision()).isEqualTo(before);
        assertThat(stored(TestDisk.class, disk.getGuid()).getName()).isEqualTo("theirs");
    }

    @Test
    void inTransaction_checksMandatoryFields_atTheSaveCall() {
        TestDisk incomplete = dal().create(TestDisk.class);
        long before = storeRevision();
        thrown(MissingMandatoryFieldsException.class, () -> dal().inTransaction(incomplete::save));
        assertThat(storeRevision()).isEqualTo(before);
    }

    @Test
    void inTransaction_mergesConcurrentChangesToOtherFields_likeASingleSave() {
        TestDisk disk = savedDisk("d");
        TestDisk other = anotherDal().get(TestDisk.class, disk.getGuid());
        other.setDescription("theirs");
        other.save();
        disk.setSize(7);
        dal().inTransaction(disk::save);
        TestDisk result = stored(TestDisk.class, disk.getGuid());
        assertThat(result.getDescription()).isEqualTo("theirs");
        assertThat(result.getSize()).isEqualTo(7);
    }

    @Test
    void inTransaction_readsItsOwnSavesAndDeletes_throughGetFindAndList() {
        TestDisk updated = savedDisk("updated");
        TestDisk gone = savedDisk("gone");
        TestDisk created = newDisk("created");
        dal().inTransaction(() -> {
            updated.setSize(42);
            updated.save();
            created.save();
            gone.delete();
            assertThat(dal().get(TestDisk.class, updated.getGuid()).getSize()).isEqualTo(42);
            assertThat(dal().find(TestDisk.class, created.getGuid())).get().extracting(TestDisk::getName).isEqualTo("created");
            assertThat(dal().find(TestDisk.class, gone.getGuid())).isEmpty();
            assertThat(dal().list(TestDisk.class, List.of(gone.getGuid(), created.getGuid(), updated.getGuid())))
                    .extracting(TestDisk::getName).containsExactly("created", "updated");
            assertThat(anotherDal().find(TestDisk.class, created.getGuid())).as("another process").isEmpty();
        });
        assertThat(stored(TestDisk.class, created.getGuid()).getName()).isEqualTo("created");
    }

    @Test
    void inTransaction_anObjectItCreates_staysNewUntilTheCommit() {
        TestDisk created = newDisk("created");
        dal().inTransaction(() -> {
            created.save();
            assertThat(created.isNew()).isTrue();
            assertThat(dal().get(TestDisk.class, created.getGuid()).isNew()).isTrue();
        });
        assertThat(created.isNew()).isFalse();
    }

    @Test
    void inTransaction_queriesSeeItsPendingWrites_andBypassTheQueryCache() {
        TestDisk grows = savedDisk("grows");
        TestDisk shrinks = savedDisk("shrinks");
        shrinks.setSize(9);
        shrinks.save();
        TestDisk gone = savedDisk("gone");
        gone.setSize(9);
        gone.save();
        assertThat(dal().query(TestDisk.class).where(Filter.ge("size", 5)).guids()).hasSize(2);
        TestDisk created = newDisk("created");
        created.setSize(6);
        dal().inTransaction(() -> {
            grows.setSize(8);
            grows.save();
            shrinks.setSize(1);
            shrinks.save();
            gone.delete();
            created.save();
            DataList<TestDisk> big = dal().query(TestDisk.class).where(Filter.ge("size", 5)).orderBy("name").list();
            assertThat(big).extracting(TestDisk::getName).containsExactly("created", "grows");
            assertThat(big.fromCache()).isFalse();
        });
        assertThat(dal().query(TestDisk.class).where(Filter.ge("size", 5)).orderBy("name").list())
                .extracting(TestDisk::getName).containsExactly("created", "grows");
    }

    @Test
    void inTransaction_backrefsListChildrenItSaves_notThoseItDeletesOrMovesAway() {
        TestMachine machine = savedMachine("m");
        TestMachine other = savedMachine("other");
        TestDisk stays = linkedDisk("stays", machine);
        TestDisk deleted = linkedDisk("deleted", machine);
        TestDisk moved = linkedDisk("moved", machine);
        TestDisk added = newDisk("added");
        added.setMachine(machine);
        dal().inTransaction(() -> {
            deleted.delete();
            moved.setMachine(other);
            moved.save();
            added.save();
            assertThat(machine.getDisks()).containsExactlyInAnyOrder(stays, added);
            assertThat(other.getDisks()).containsExactly(moved);
        });
        assertThat(machine.getDisks()).containsExactlyInAnyOrder(stays, added);
    }

    @Test
    void inTransaction_deletesAParentAfterDeletingOrMovingItsChildren() {
        TestMachine machine = savedMachine("m");
        TestMachine other = savedMachine("other");
        TestDisk deleted = linkedDisk("deleted", machine);
        TestDisk moved = linkedDisk("moved", machine);
        dal().inTransaction(() -> {
            deleted.delete();
            moved.setMachine(other);
            moved.save();
            machine.delete();
        });
        assertThat(dal().find(TestMachine.class, machine.getGuid())).isEmpty();
        assertThat(dal().find(TestDisk.class, deleted.getGuid())).isEmpty();
        assertThat(stored(TestDisk.class, moved.getGuid()).getMachine()).isEqualTo(other);
    }

    @Test
    void inTransaction_abandoningAParentsBackrefs_doesNotReviveChildrenItDeleted() {
        TestMachine machine = savedMachine("m");
        TestDisk deleted = linkedDisk("deleted", machine);
        TestDisk unlinked = linkedDisk("unlinked", machine);
        dal().inTransaction(() -> {
            deleted.delete();
            machine.delete("*");
        });
        assertThat(dal().find(TestDisk.class, deleted.getGuid())).isEmpty();
        assertThat(stored(TestDisk.class, unlinked.getGuid()).getMachine()).isNull();
    }

    private TestDisk linkedDisk(String name, TestMachine machine) {
        TestDisk disk = newDisk(name);
        disk.setMachine(machine);
        disk.save();
        return disk;
    }
}

