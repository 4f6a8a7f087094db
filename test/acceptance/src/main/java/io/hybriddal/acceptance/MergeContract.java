package io.hybriddal.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.acceptance.model.TestDisk;
import io.hybriddal.acceptance.model.TestMachine;
import io.hybriddal.dal.ConcurrencyException;
import io.hybriddal.dal.ConflictPolicy;
import io.hybriddal.dal.Dal;
import io.hybriddal.dal.ObjectNotFoundException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two instances of one object in two Dals: the per-field three-way merge and the conflict
 * policies (DESIGN.md ConflictPolicy; ovs-dal.md §1.10 step 5, §1.11). Run by
 * {@link AcceptanceSuite}.
 */
public abstract class MergeContract extends DalTestBase {

    /** A saved disk in {@link #dal()}, and a second instance of it in {@code second}. */
    private TestDisk[] twoInstances(Dal second) {
        TestDisk first = savedDisk("original");
        return new TestDisk[] {first, second.get(TestDisk.class, first.getGuid())};
    }

    @Test
    void save_mergesChangesToDifferentFields_fromTwoInstances() {
        TestDisk[] d = twoInstances(anotherDal());
        d[0].setName("renamed");
        d[1].setDescription("described");

        d[0].save();
        d[1].save();

        TestDisk stored = stored(TestDisk.class, d[0].getGuid());
        assertThat(stored.getName()).isEqualTo("renamed");
        assertThat(stored.getDescription()).isEqualTo("described");
        assertThat(stored.version()).isEqualTo(3);
        assertThat(d[1].getName()).isEqualTo("renamed");
        assertThat(d[1].version()).isEqualTo(3);
        assertThat(d[1].isDirty()).isFalse();
    }

    @Test
    void save_underLocalWins_storesTheLaterSavesValue_byDefault() {
        TestDisk[] d = twoInstances(anotherDal());
        d[0].setName("first");
        d[1].setName("second");

        d[0].save();
        d[1].save();

        assertThat(stored(TestDisk.class, d[0].getGuid()).getName()).isEqualTo("second");
        assertThat(d[1].getName()).isEqualTo("second");
    }

    @Test
    void save_underStoreWinsOfTheDal_keepsTheFirstValue_andShowsItOnTheLaterInstance() {
        TestDisk[] d = twoInstances(open(builder().conflictPolicy(ConflictPolicy.STORE_WINS)));
        d[0].setName("first");
        d[1].setName("second");
        d[1].setDescription("mine only");

        d[0].save();
        d[1].save();

        TestDisk stored = stored(TestDisk.class, d[0].getGuid());
        assertThat(stored.getName()).isEqualTo("first");
        assertThat(stored.getDescription()).isEqualTo("mine only");
        assertThat(d[1].getName()).isEqualTo("first");
        assertThat(d[1].isDirty()).isFalse();
    }

    @Test
    void save_underStoreWinsOfTheObject_keepsTheFirstValue() {
        TestDisk[] d = twoInstances(anotherDal());
        d[1].setConflictPolicy(ConflictPolicy.STORE_WINS);
        d[0].setSize(1);
        d[1].setSize(2);

        d[0].save();
        d[1].save();

        assertThat(stored(TestDisk.class, d[0].getGuid()).getSize()).isEqualTo(1);
        assertThat(d[1].getSize()).isEqualTo(1);
    }

    @Test
    void save_raisesConcurrencyException_whenBothChangedNameUnderRaise_andWritesNothing() {
        TestDisk[] d = twoInstances(open(builder().conflictPolicy(ConflictPolicy.RAISE)));
        d[0].setName("first");
        d[1].setName("second");
        d[1].setDescription("mine only");
        d[0].save();
        long before = storeRevision();

        ConcurrencyException e = thrown(ConcurrencyException.class, d[1]::save);

        assertThat(e.conflicts()).containsExactly("name");
        assertThat(storeRevision()).isEqualTo(before);
        TestDisk stored = stored(TestDisk.class, d[0].getGuid());
        assertThat(stored.getName()).isEqualTo("first");
        assertThat(stored.getDescription()).isNull();
        assertThat(d[1].isDirty()).isTrue();
        assertThat(d[1].getName()).isEqualTo("second");
        assertThat(d[1].getDescription()).isEqualTo("mine only");
    }

    @Test
    void save_raisesConcurrencyException_listingEveryConflictingFieldInDeclarationOrder() {
        TestMachine m1 = savedMachine("m1");
        TestMachine m2 = savedMachine("m2");
        TestDisk[] d = twoInstances(anotherDal());
        d[1].setConflictPolicy(ConflictPolicy.RAISE);
        d[0].setMachine(m1);
        d[0].setSize(5);
        d[0].setName("first");
        d[0].setTags(List.of("only-first"));
        d[1].setMachine(anotherDal().get(TestMachine.class, m2.getGuid()));
        d[1].setSize(6);
        d[1].setName("second");
        d[1].setPriority(9);
        d[0].save();

        ConcurrencyException e = thrown(ConcurrencyException.class, d[1]::save);

        assertThat(e.conflicts()).containsExactly("name", "size", "machine");
    }

    @Test
    void save_raisesConcurrencyException_evenWhenBothSetTheSameValue() {
        TestDisk[] d = twoInstances(anotherDal());
        d[1].setConflictPolicy(ConflictPolicy.RAISE);
        d[0].setCounter(1);
        d[1].setCounter(1);
        d[0].save();

        ConcurrencyException e = thrown(ConcurrencyException.class, d[1]::save);

        assertThat(e.conflicts()).containsExactly("counter");
    }

    @Test
    void objectPolicy_overridesTheDalPolicy() {
        TestDisk[] d = twoInstances(open(builder().conflictPolicy(ConflictPolicy.RAISE)));
        d[1].setConflictPolicy(ConflictPolicy.LOCAL_WINS);
        d[0].setName("first");
        d[1].setName("second");

        d[0].save();
        d[1].save();

        assertThat(stored(TestDisk.class, d[0].getGuid()).getName()).isEqualTo("second");
    }

    @Test
    void save_throwsObjectNotFoundException_whenAnotherDalDeletedTheObject() {
        TestDisk disk = savedDisk("d1");
        anotherDal().get(TestDisk.class, disk.getGuid()).delete();
        disk.setName("too late");
        long before = storeRevision();

        thrown(ObjectNotFoundException.class, disk::save);

        assertThat(storeRevision()).isEqualTo(before);
        assertThat(dal().find(TestDisk.class, disk.getGuid())).isEmpty();
    }
}
