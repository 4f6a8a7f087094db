package io.hybriddal.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.acceptance.model.TestDisk;
import io.hybriddal.acceptance.model.TestMachine;
import io.hybriddal.dal.ConcurrencyException;
import io.hybriddal.dal.ConflictPolicy;
import io.hybriddal.dal.LinkedObjectException;
import io.hybriddal.dal.MissingMandatoryFieldsException;
import org.junit.jupiter.api.Test;

/**
 * {@code Dal.inTransaction}: every save and delete of the block in one atomic commit, with the
 * checks of single saves, or nothing at all. Run by {@link AcceptanceSuite}.
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
}
