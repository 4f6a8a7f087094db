package io.hybriddal.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.acceptance.model.TestDisk;
import io.hybriddal.acceptance.model.TestMachine;
import io.hybriddal.dal.ObjectNotFoundException;
import org.junit.jupiter.api.Test;

/**
 * Forward relations: guids without loading, lazy loading once per instance, setting and
 * clearing, and the existence check of targets at save (DESIGN.md "Freshness"; ovs-dal.md §1.6,
 * §1.10 step 3). Run by {@link AcceptanceSuite}.
 */
public abstract class RelationContract extends DalTestBase {

    @Test
    void relationGuid_givesTargetGuid_andNullWhenUnset() {
        TestMachine machine = savedMachine("m1");
        TestDisk disk = newDisk("d1");
        assertThat(disk.relationGuid("machine")).isNull();
        disk.setMachine(machine);
        assertThat(disk.relationGuid("machine")).isEqualTo(machine.getGuid());
        disk.save();

        TestDisk loaded = anotherDal().get(TestDisk.class, disk.getGuid());

        assertThat(loaded.relationGuid("machine")).isEqualTo(machine.getGuid());
        assertThat(loaded.relationGuid("storage")).isNull();
        assertThat(loaded.getMachine().getName()).isEqualTo("m1");
    }

    @Test
    void relationGetter_returnsTheSameLoadedTarget_onEveryCall() {
        TestMachine machine = savedMachine("m1");
        TestDisk disk = newDisk("d1");
        disk.setMachine(machine);
        disk.save();
        TestDisk loaded = anotherDal().get(TestDisk.class, disk.getGuid());

        TestMachine first = loaded.getMachine();

        assertThat(first).isEqualTo(machine);
        assertThat(loaded.getMachine()).isSameAs(first);
    }

    @Test
    void relationGetter_keepsItsLoadedTarget_whenAnotherDalChangesIt_untilDiscard() {
        TestMachine machine = savedMachine("m1");
        TestDisk disk = newDisk("d1");
        disk.setMachine(machine);
        disk.save();
        TestDisk loaded = dal().get(TestDisk.class, disk.getGuid());
        assertThat(loaded.getMachine().getName()).isEqualTo("m1");

        TestMachine elsewhere = anotherDal().get(TestMachine.class, machine.getGuid());
        elsewhere.setName("m2");
        elsewhere.save();
        eventually("dal() sees the renamed machine",
                () -> "m2".equals(dal().get(TestMachine.class, machine.getGuid()).getName()));

        assertThat(loaded.getMachine().getName()).isEqualTo("m1");
        loaded.discard();
        assertThat(loaded.getMachine().getName()).isEqualTo("m2");
    }

    @Test
    void relation_setToNull_clearsItInTheStore() {
        TestMachine machine = savedMachine("m1");
        TestDisk disk = newDisk("d1");
        disk.setMachine(machine);
        disk.save();

        disk.setMachine(null);
        assertThat(disk.getMachine()).isNull();
        assertThat(disk.relationGuid("machine")).isNull();
        disk.save();

        TestDisk stored = stored(TestDisk.class, disk.getGuid());
        assertThat(stored.relationGuid("machine")).isNull();
        assertThat(stored.getMachine()).isNull();
        assertThat(disk.version()).isEqualTo(2);
    }

    @Test
    void relation_isDirtyAfterChange_andCleanWhenSetBackToTheOriginalTarget() {
        TestMachine m1 = savedMachine("m1");
        TestMachine m2 = savedMachine("m2");
        TestDisk disk = newDisk("d1");
        disk.setMachine(m1);
        disk.save();

        disk.setMachine(m2);
        assertThat(disk.isDirty()).isTrue();
        disk.setMachine(dal().get(TestMachine.class, m1.getGuid()));
        assertThat(disk.isDirty()).isFalse();
    }

    @Test
    void relation_changedToAnotherTarget_isStored() {
        TestMachine m1 = savedMachine("m1");
        TestMachine m2 = savedMachine("m2");
        TestDisk disk = newDisk("d1");
        disk.setMachine(m1);
        disk.save();

        disk.setMachine(m2);
        disk.save();

        assertThat(stored(TestDisk.class, disk.getGuid()).relationGuid("machine")).isEqualTo(m2.getGuid());
    }

    @Test
    void selfRelation_linksADiskToAParentDisk() {
        TestDisk parent = savedDisk("parent");
        TestDisk child = newDisk("child");
        child.setParent(parent);
        child.save();

        TestDisk loaded = anotherDal().get(TestDisk.class, child.getGuid());

        assertThat(loaded.getParent()).isEqualTo(parent);
        assertThat(loaded.getParent().getName()).isEqualTo("parent");
        assertThat(parent.getChildren()).containsExactly(child);
    }

    @Test
    void save_throwsObjectNotFoundException_whenRelationTargetWasNeverSaved() {
        TestMachine unsaved = dal().create(TestMachine.class);
        unsaved.setName("unsaved");
        TestDisk disk = newDisk("d1");
        disk.setMachine(unsaved);
        long before = storeRevision();

        thrown(ObjectNotFoundException.class, disk::save);

        assertThat(storeRevision()).isEqualTo(before);
        assertThat(disk.isNew()).isTrue();
        assertThat(unsaved.isNew()).isTrue();
        assertThat(dal().find(TestDisk.class, disk.getGuid())).isEmpty();
    }

    @Test
    void save_throwsObjectNotFoundException_whenRelationTargetWasDeleted() {
        TestMachine machine = savedMachine("m1");
        TestDisk disk = savedDisk("d1");
        anotherDal().get(TestMachine.class, machine.getGuid()).delete();
        disk.setMachine(machine);
        long before = storeRevision();

        thrown(ObjectNotFoundException.class, disk::save);

        assertThat(storeRevision()).isEqualTo(before);
        assertThat(disk.isDirty()).isTrue();
        assertThat(disk.version()).isEqualTo(1);
        assertThat(stored(TestDisk.class, disk.getGuid()).relationGuid("machine")).isNull();
    }
}
