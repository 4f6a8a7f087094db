package io.hybriddal.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.acceptance.model.DiskGeometry;
import io.hybriddal.acceptance.model.DiskType;
import io.hybriddal.acceptance.model.TestDisk;
import io.hybriddal.dal.Consistency;
import io.hybriddal.dal.DataList;
import io.hybriddal.dal.ObjectNotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Create, save, get, find and list: the life of one object (DESIGN.md "Using it", semantics 4;
 * ovs-dal.md §1.3, §1.4, §1.10). Run by {@link AcceptanceSuite}.
 */
public abstract class LifecycleContract extends DalTestBase {

    @Test
    void create_givesNewObjectWithFreshUuidGuidAndVersionZero() {
        TestDisk one = dal().create(TestDisk.class);
        TestDisk two = dal().create(TestDisk.class);

        assertThat(UUID.fromString(one.getGuid()).toString()).isEqualTo(one.getGuid());
        assertThat(one.getGuid()).isNotEqualTo(two.getGuid());
        assertThat(one.isNew()).isTrue();
        assertThat(one.version()).isZero();
        assertThat(one.hybridName()).isEqualTo("testdisk");
    }

    @Test
    void create_appliesDefaults_andZeroOrFalseToPrimitivesWithoutDefault() {
        TestDisk disk = dal().create(TestDisk.class);

        assertThat(disk.getSize()).isZero();
        assertThat(disk.getType()).isEqualTo(DiskType.HDD);
        assertThat(disk.getCounter()).isZero();
        assertThat(disk.getPriority()).isZero();
        assertThat(disk.isHealthy()).isFalse();
        assertThat(disk.getName()).isNull();
        assertThat(disk.getDescription()).isNull();
        assertThat(disk.getTags()).isNull();
        assertThat(disk.getGeometry()).isNull();
        assertThat(disk.getMachine()).isNull();
    }

    @Test
    void create_touchesNoStore() {
        long before = storeRevision();

        TestDisk disk = dal().create(TestDisk.class);
        disk.setName("untouched");

        assertThat(storeRevision()).isEqualTo(before);
        assertThat(dal().find(TestDisk.class, disk.getGuid())).isEmpty();
    }

    @Test
    void save_writesNewObjectInOneCommit_withVersionOne_readableFromAnotherDal() {
        TestDisk disk = newDisk("disk-1");
        disk.setDescription("first");
        disk.setSize(42);
        disk.setType(DiskType.SSD);
        disk.setTags(List.of("fast", "db"));
        disk.setGeometry(new DiskGeometry(16, 63_000L, "acme"));
        disk.setPriority(3);
        disk.setHealthy(true);
        long before = storeRevision();

        disk.save();

        assertThat(storeRevision()).isEqualTo(before + 1);
        assertThat(disk.version()).isEqualTo(1);
        assertThat(disk.isNew()).isFalse();
        assertThat(disk.isDirty()).isFalse();
        TestDisk loaded = anotherDal().get(TestDisk.class, disk.getGuid());
        assertThat(loaded.getName()).isEqualTo("disk-1");
        assertThat(loaded.getDescription()).isEqualTo("first");
        assertThat(loaded.getSize()).isEqualTo(42);
        assertThat(loaded.getType()).isEqualTo(DiskType.SSD);
        assertThat(loaded.getTags()).containsExactly("fast", "db");
        assertThat(loaded.getGeometry()).isEqualTo(new DiskGeometry(16, 63_000L, "acme"));
        assertThat(loaded.getPriority()).isEqualTo(3);
        assertThat(loaded.isHealthy()).isTrue();
        assertThat(loaded.version()).isEqualTo(1);
        assertThat(loaded.isNew()).isFalse();
        assertThat(loaded.isDirty()).isFalse();
    }

    @Test
    void save_incrementsVersion_whenChangedAndSavedAgain() {
        TestDisk disk = savedDisk("disk-1");
        disk.setSize(10);
        long before = storeRevision();

        disk.save();

        assertThat(storeRevision()).isEqualTo(before + 1);
        assertThat(disk.version()).isEqualTo(2);
        TestDisk stored = stored(TestDisk.class, disk.getGuid());
        assertThat(stored.getSize()).isEqualTo(10);
        assertThat(stored.version()).isEqualTo(2);
    }

    @Test
    void save_writesNothingAndKeepsVersion_whenNothingChanged() {
        TestDisk disk = savedDisk("disk-1");
        long before = storeRevision();

        disk.save();

        assertThat(storeRevision()).isEqualTo(before);
        assertThat(disk.version()).isEqualTo(1);
        assertThat(stored(TestDisk.class, disk.getGuid()).version()).isEqualTo(1);
    }

    @Test
    void save_writesNothing_whenValueWasSetBackToTheStoredOne() {
        TestDisk disk = savedDisk("disk-1");
        disk.setName("other");
        disk.setName("disk-1");
        long before = storeRevision();

        disk.save();

        assertThat(storeRevision()).isEqualTo(before);
        assertThat(disk.version()).isEqualTo(1);
    }

    @Test
    void save_refreshesInstanceToStoredState_whenNothingChangedLocally() {
        TestDisk disk = savedDisk("disk-1");
        TestDisk elsewhere = anotherDal().get(TestDisk.class, disk.getGuid());
        elsewhere.setDescription("changed elsewhere");
        elsewhere.save();
        long before = storeRevision();

        disk.save();

        assertThat(storeRevision()).isEqualTo(before);
        assertThat(disk.getDescription()).isEqualTo("changed elsewhere");
        assertThat(disk.version()).isEqualTo(2);
        assertThat(disk.isDirty()).isFalse();
        assertThat(disk.updatedOnDatastore()).isFalse();
    }

    @Test
    void get_throwsObjectNotFoundExceptionNamingHybridAndGuid_whenGuidIsMissing() {
        String guid = UUID.randomUUID().toString();

        ObjectNotFoundException e = thrown(ObjectNotFoundException.class, () -> dal().get(TestDisk.class, guid));

        assertThat(e.getMessage()).containsIgnoringCase("testdisk").contains(guid);
    }

    @Test
    void find_returnsSavedObject_andEmptyForMissingGuid() {
        TestDisk disk = savedDisk("disk-1");

        assertThat(dal().find(TestDisk.class, disk.getGuid())).hasValueSatisfying(
                found -> assertThat(found.getName()).isEqualTo("disk-1"));
        assertThat(dal().find(TestDisk.class, UUID.randomUUID().toString())).isEmpty();
    }

    @Test
    void get_withStrongConsistency_readsSavedObject() {
        TestDisk disk = savedDisk("disk-1");

        TestDisk strong = anotherDal().get(TestDisk.class, disk.getGuid(), Consistency.STRONG);

        assertThat(strong.getName()).isEqualTo("disk-1");
        assertThat(strong.version()).isEqualTo(1);
        assertThat(thrown(ObjectNotFoundException.class,
                () -> dal().get(TestDisk.class, UUID.randomUUID().toString(), Consistency.STRONG)))
                .isNotNull();
    }

    @Test
    void list_keepsGivenOrder_andSkipsMissingGuids() {
        TestDisk a = savedDisk("a");
        TestDisk b = savedDisk("b");
        TestDisk c = savedDisk("c");
        String missing = UUID.randomUUID().toString();

        DataList<TestDisk> list = anotherDal().list(TestDisk.class, List.of(c.getGuid(), missing, a.getGuid(), b.getGuid()));

        List<String> names = new ArrayList<>();
        for (TestDisk disk : list) {
            names.add(disk.getName());
        }
        assertThat(names).containsExactly("c", "a", "b");
        assertThat(list.fromCache()).isFalse();
    }

    @Test
    void list_ofNoGuids_isEmpty() {
        savedDisk("a");

        assertThat(dal().list(TestDisk.class, List.of())).isEmpty();
    }
}
