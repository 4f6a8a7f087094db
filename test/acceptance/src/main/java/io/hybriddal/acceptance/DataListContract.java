package io.hybriddal.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.acceptance.model.TestDisk;
import io.hybriddal.acceptance.model.TestMachine;
import io.hybriddal.dal.DataList;
import io.hybriddal.dal.ObjectNotFoundException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A {@code DataList} whose member was deleted after its guids resolved and before its page
 * loaded (DESIGN.md "DataList"): Java streams, arrays and {@code forEach} see exactly what
 * iteration sees; {@code size()} counts the guids. Run by {@link AcceptanceSuite}.
 */
public abstract class DataListContract extends DalTestBase {

    @Test
    void aGuidList_withADeletedMember_streamsCountsAndCopiesWhatIterationYields() {
        TestDisk first = savedDisk("first");
        TestDisk deleted = savedDisk("deleted");
        TestDisk last = savedDisk("last");
        DataList<TestDisk> disks = dal().list(TestDisk.class, List.of(first.getGuid(), deleted.getGuid(), last.getGuid()));

        deleted.delete();

        List<TestDisk> iterated = new ArrayList<>();
        disks.forEach(iterated::add);
        assertThat(iterated).containsExactly(first, last);
        assertThat(disks.stream().toList()).containsExactly(first, last);
        assertThat(disks.stream().count()).isEqualTo(2);
        assertThat(disks.toArray()).containsExactly(first, last);
        assertThat(disks).isEqualTo(List.of(first, last));
        assertThat(disks.size()).isEqualTo(3);
        thrown(ObjectNotFoundException.class, () -> disks.get(1));
    }

    @Test
    void aBackref_whoseGuidsResolvedBeforeAChildWasDeleted_streamsTheRemainingChildren() {
        TestMachine machine = savedMachine("m");
        List<TestDisk> children = new ArrayList<>();
        for (String name : List.of("a", "b", "c")) {
            TestDisk disk = newDisk(name);
            disk.setMachine(machine);
            disk.save();
            children.add(disk);
        }
        DataList<TestDisk> disks = dal().get(TestMachine.class, machine.getGuid()).getDisks();
        assertThat(disks.guids()).hasSize(3);
        TestDisk gone = dal().get(TestDisk.class, disks.guids().get(1));

        gone.delete();

        List<TestDisk> remaining = children.stream().filter(d -> !d.equals(gone)).toList();
        assertThat(disks.stream().map(TestDisk::getGuid).toList()).isEqualTo(remaining.stream()
                .map(TestDisk::getGuid).sorted().toList());
        assertThat(disks.stream().count()).isEqualTo(2);
    }
}
