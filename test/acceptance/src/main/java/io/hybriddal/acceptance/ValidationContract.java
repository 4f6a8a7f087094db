package io.hybriddal.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.acceptance.model.TestDisk;
import io.hybriddal.acceptance.model.TestPartition;
import io.hybriddal.acceptance.model.TestStorage;
import io.hybriddal.dal.MissingMandatoryFieldsException;
import io.hybriddal.dal.ValidationFailedException;
import jakarta.validation.ConstraintViolation;
import org.junit.jupiter.api.Test;

/**
 * Mandatory fields and Bean Validation at save: a refused save writes nothing and leaves the
 * instance as it was (ovs-dal.md §1.10 step 1, §7.1; DESIGN.md "Bad input"). Run by
 * {@link AcceptanceSuite}.
 */
public abstract class ValidationContract extends DalTestBase {

    @Test
    void save_throwsMissingMandatoryFields_listingPropertiesAndRelationsInDeclarationOrder() {
        TestPartition partition = dal().create(TestPartition.class);
        long before = storeRevision();

        MissingMandatoryFieldsException e = thrown(MissingMandatoryFieldsException.class, partition::save);

        assertThat(e.fields()).containsExactly("mountpoint", "label", "storage");
        assertThat(e.getMessage()).containsIgnoringCase("testpartition");
        assertThat(storeRevision()).isEqualTo(before);
        assertThat(partition.isNew()).isTrue();
    }

    @Test
    void save_throwsMissingMandatoryFields_forTheRemainingFields_andLeavesTheInstanceNewAndDirty() {
        TestPartition partition = dal().create(TestPartition.class);
        partition.setLabel("boot");
        long before = storeRevision();

        MissingMandatoryFieldsException e = thrown(MissingMandatoryFieldsException.class, partition::save);

        assertThat(e.fields()).containsExactly("mountpoint", "storage");
        assertThat(storeRevision()).isEqualTo(before);
        assertThat(partition.isNew()).isTrue();
        assertThat(partition.isDirty()).isTrue();
        assertThat(partition.getLabel()).isEqualTo("boot");
        assertThat(dal().find(TestPartition.class, partition.getGuid())).isEmpty();
    }

    @Test
    void save_neverReportsAPrimitiveOrDefaultedPropertyAsMissing() {
        TestDisk disk = dal().create(TestDisk.class);

        MissingMandatoryFieldsException e = thrown(MissingMandatoryFieldsException.class, disk::save);

        assertThat(e.fields()).containsExactly("name");
        disk.setName("d1");
        disk.save();
        TestDisk stored = stored(TestDisk.class, disk.getGuid());
        assertThat(stored.getPriority()).isZero();
        assertThat(stored.isHealthy()).isFalse();
    }

    @Test
    void save_throwsMissingMandatoryFields_whenASavedObjectLosesAMandatoryValue() {
        TestPartition partition = dal().create(TestPartition.class);
        partition.setMountpoint("/mnt");
        partition.setLabel("boot");
        TestStorage storage = dal().create(TestStorage.class);
        storage.setName("s1");
        storage.save();
        partition.setStorage(storage);
        partition.save();
        partition.setLabel(null);
        partition.setStorage(null);
        long before = storeRevision();

        MissingMandatoryFieldsException e = thrown(MissingMandatoryFieldsException.class, partition::save);

        assertThat(e.fields()).containsExactly("label", "storage");
        assertThat(storeRevision()).isEqualTo(before);
        assertThat(partition.isDirty()).isTrue();
        assertThat(partition.version()).isEqualTo(1);
        TestPartition stored = stored(TestPartition.class, partition.getGuid());
        assertThat(stored.getLabel()).isEqualTo("boot");
        assertThat(stored.relationGuid("storage")).isEqualTo(storage.getGuid());
    }

    @Test
    void save_throwsValidationFailed_forANegativeSize_andWritesNothing() {
        TestDisk disk = newDisk("d1");
        disk.setSize(-1);
        long before = storeRevision();

        ValidationFailedException e = thrown(ValidationFailedException.class, disk::save);

        assertThat(e.violations()).extracting(v -> v.getPropertyPath().toString()).containsExactly("size");
        assertThat(storeRevision()).isEqualTo(before);
        assertThat(disk.isNew()).isTrue();
        assertThat(dal().find(TestDisk.class, disk.getGuid())).isEmpty();
    }

    @Test
    void save_throwsValidationFailed_onASavedObject_andKeepsTheStoredValue() {
        TestDisk disk = newDisk("d1");
        disk.setSize(8);
        disk.save();
        disk.setSize(-5);
        long before = storeRevision();

        ValidationFailedException e = thrown(ValidationFailedException.class, disk::save);

        assertThat(e.violations()).extracting(ConstraintViolation::getInvalidValue).containsExactly(-5L);
        assertThat(storeRevision()).isEqualTo(before);
        assertThat(disk.isDirty()).isTrue();
        assertThat(stored(TestDisk.class, disk.getGuid()).getSize()).isEqualTo(8);
    }
}
