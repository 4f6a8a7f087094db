package io.hybriddal.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hybriddal.acceptance.model.TestDisk;
import io.hybriddal.acceptance.model.TestMachine;
import io.hybriddal.dal.Consistency;
import io.hybriddal.dal.Dal;
import io.hybriddal.dal.ObjectNotFoundException;
import io.hybriddal.dal.Subscription;
import io.hybriddal.dal.spi.Commit;
import io.hybriddal.dal.spi.KeyValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Identity and the working-copy state of an instance: equality, dirtiness, unmodifiable
 * collections, {@code updatedOnDatastore()} and {@code discard()} (ovs-dal.md §1.3, §1.11, §1.13).
 * Run by {@link AcceptanceSuite}.
 */
public abstract class IdentityContract extends DalTestBase {

    @Test
    void equals_holdsForTwoInstancesOfOneObject_evenWhenOneIsModified() {
        TestDisk disk = savedDisk("disk-1");
        TestDisk other = anotherDal().get(TestDisk.class, disk.getGuid());
        other.setName("modified");

        assertThat(other).isEqualTo(disk);
        assertThat(disk).isEqualTo(other);
        assertThat(other.hashCode()).isEqualTo(disk.hashCode());
        Set<TestDisk> set = new HashSet<>(List.of(disk, other));
        assertThat(set).hasSize(1);
    }

    @Test
    void equals_isFalse_forDifferentObjectsAndDifferentHybrids() {
        TestDisk disk = savedDisk("disk-1");
        TestDisk otherDisk = savedDisk("disk-1");
        TestMachine machine = savedMachine("disk-1");

        assertThat(disk).isNotEqualTo(otherDisk);
        assertThat((Object) disk).isNotEqualTo(machine);
        assertThat((Object) machine).isNotEqualTo(disk);
    }

    @Test
    void isDirty_isTrueAfterAChange_andFalseWhenSetBackToTheOriginalValue() {
        TestDisk disk = savedDisk("disk-1");
        assertThat(disk.isDirty()).isFalse();

        disk.setSize(5);
        assertThat(disk.isDirty()).isTrue();

        disk.setSize(0);
        assertThat(disk.isDirty()).isFalse();
    }

    @Test
    void isDirty_staysFalse_whenSettingTheValueItAlreadyHas() {
        TestDisk disk = savedDisk("disk-1");

        disk.setName("disk-1");

        assertThat(disk.isDirty()).isFalse();
    }

    @Test
    void collectionGetter_returnsUnmodifiableCollection_andSettingANewOneChangesIt() {
        TestDisk disk = newDisk("disk-1");
        disk.setTags(new ArrayList<>(List.of("a")));
        disk.save();

        assertThatThrownBy(() -> disk.getTags().add("b")).isInstanceOf(UnsupportedOperationException.class);
        TestDisk loaded = anotherDal().get(TestDisk.class, disk.getGuid());
        assertThatThrownBy(() -> loaded.getTags().add("b")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> loaded.getTags().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(loaded.isDirty()).isFalse();

        loaded.setTags(List.of("a", "b"));
        assertThat(loaded.isDirty()).isTrue();
        loaded.save();
        assertThat(stored(TestDisk.class, disk.getGuid()).getTags()).containsExactly("a", "b");
    }

    @Test
    void updatedOnDatastore_isFalseAfterLoad_andTrueAfterAnotherDalSaved() {
        TestDisk disk = savedDisk("disk-1");
        TestDisk loaded = dal().get(TestDisk.class, disk.getGuid());
        assertThat(disk.updatedOnDatastore()).isFalse();
        assertThat(loaded.updatedOnDatastore()).isFalse();

        TestDisk elsewhere = anotherDal().get(TestDisk.class, disk.getGuid());
        elsewhere.setSize(7);
        elsewhere.save();

        assertThat(disk.updatedOnDatastore()).isTrue();
        assertThat(loaded.updatedOnDatastore()).isTrue();
        assertThat(elsewhere.updatedOnDatastore()).isFalse();
    }

    @Test
    void updatedOnDatastore_isTrue_afterTheObjectWasDeleted() {
        TestDisk disk = savedDisk("disk-1");

        anotherDal().get(TestDisk.class, disk.getGuid()).delete();

        assertThat(disk.updatedOnDatastore()).isTrue();
    }

    @Test
    void discard_dropsLocalChanges_andReloadsStoredState() {
        TestDisk disk = newDisk("disk-1");
        disk.setSize(3);
        disk.save();
        disk.setName("local");
        disk.setSize(99);

        disk.discard();

        assertThat(disk.getName()).isEqualTo("disk-1");
        assertThat(disk.getSize()).isEqualTo(3);
        assertThat(disk.isDirty()).isFalse();
        assertThat(disk.version()).isEqualTo(1);
    }

    @Test
    void discard_throwsObjectNotFoundException_onANeverSavedObject() {
        TestDisk disk = newDisk("never saved");

        thrown(ObjectNotFoundException.class, disk::discard);
    }

    @Test
    void create_refusesAGivenGuidOutsideTheSafeSet_withTheHybridTheGuidAndTheAllowedForm() {
        for (String guid : List.of("a/b", "a%2Fb", "café", "\"><", "")) {
            assertThatThrownBy(() -> dal().create(TestDisk.class, guid)).as(guid)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("testdisk")
                    .hasMessageContaining("\"" + guid + "\"")
                    .hasMessageContaining("1 to 128 characters from [A-Za-z0-9._-]");
        }
    }

    @Test
    void threeChildrenWithGivenGuids_comeBackExactly_throughBackrefQuerySnapshotAndFeed() throws Exception {
        List<String> guids = List.of("a.b", "a_b", "A-b.0");
        List<String> fed = new CopyOnWriteArrayList<>();
        try (Subscription feed = anotherDal().subscribe(TestDisk.class, event -> fed.add(event.guid()))) {
            TestMachine machine = machineWithChildren("m.1", guids);

            assertThat(anotherDal().get(TestMachine.class, machine.getGuid()).getDisks())
                    .extracting(TestDisk::getGuid).containsExactlyInAnyOrderElementsOf(guids);
            assertThat(dal().query(TestDisk.class).list()).extracting(TestDisk::getGuid).containsExactlyInAnyOrderElementsOf(guids);
            assertThat(dal().snapshot(TestDisk.class).objects()).extracting(TestDisk::getGuid).containsExactlyInAnyOrderElementsOf(guids);
            eventually("the feed reports the three children", () -> fed.size() >= 3);
            assertThat(fed).containsExactlyInAnyOrderElementsOf(guids);
        }
    }

    @Test
    void deleteWithAbandon_unlinksEveryChildWithAGivenGuid() {
        List<String> guids = List.of("a.b", "a_b", "A-b.0");
        TestMachine machine = machineWithChildren("m.1", guids);

        machine.delete("disks");

        for (String guid : guids) {
            assertThat(stored(TestDisk.class, guid).getMachine()).as(guid).isNull();
        }
    }

    @Test
    void anObjectAnOlderVersionStoredUnderAnEscapedGuid_isReadUnderItsOriginalGuid() {
        TestDisk disk = savedDisk("legacy");
        byte[] document = persistentStore().get("o/testdisk/" + disk.getGuid()).value();
        persistentStore().commit(Commit.builder().delete("o/testdisk/" + disk.getGuid())
                .put("o/testdisk/a%2Fb", document).put("o/testdisk/caf%C3%A9", document).build());

        assertThat(stored(TestDisk.class, "a/b").getName()).isEqualTo("legacy");
        assertThat(stored(TestDisk.class, "café").getGuid()).isEqualTo("café");
        assertThat(anotherDal().query(TestDisk.class).list()).extracting(TestDisk::getGuid).containsExactlyInAnyOrder("a/b", "café");
    }

    @Test
    void threeChildrenAnOlderVersionStoredUnderEscapedGuids_areListedByTheBackref_andUnlinkedByAnAbandoningDelete() {
        machineWithChildren("m.1", List.of("c1", "c2", "c3"));
        moveKeysOf("c1", "a%2Fb");
        moveKeysOf("c2", "a%252Fb");
        moveKeysOf("c3", "caf%C3%A9");
        Dal older = open(builder());

        assertThat(older.get(TestMachine.class, "m.1").getDisks()).extracting(TestDisk::getGuid)
                .containsExactlyInAnyOrder("a/b", "a%2Fb", "café");
        older.get(TestMachine.class, "m.1").delete("disks");
        for (String guid : List.of("a/b", "a%2Fb", "café")) {
            assertThat(older.get(TestDisk.class, guid, Consistency.STRONG).getMachine()).as(guid).isNull();
        }
        assertThat(older.admin().checkConsistency(5).examples()).isEmpty();
    }

    /** Rewrites every key ending in {@code /guid} to end in {@code /escaped}, as an older version stored such guids. */
    private void moveKeysOf(String guid, String escaped) {
        Commit.Builder move = Commit.builder();
        for (KeyValue kv : persistentStore().scan("", null, 1_000).entries()) {
            if (kv.key().endsWith("/" + guid)) {
                move.delete(kv.key()).put(kv.key().substring(0, kv.key().length() - guid.length()) + escaped, kv.value());
            }
        }
        persistentStore().commit(move.build());
    }

    private TestMachine machineWithChildren(String guid, List<String> children) {
        TestMachine machine = dal().create(TestMachine.class, guid);
        machine.setName(guid);
        machine.save();
        for (String child : children) {
            TestDisk disk = dal().create(TestDisk.class, child);
            disk.setName(child);
            disk.setMachine(machine);
            disk.save();
        }
        return machine;
    }
}
