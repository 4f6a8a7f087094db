package io.hybriddal.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hybriddal.acceptance.model.TestDisk;
import io.hybriddal.acceptance.model.TestMachine;
import io.hybriddal.acceptance.model.TestProxy;
import io.hybriddal.acceptance.model.TestService;
import io.hybriddal.dal.DataList;
import io.hybriddal.dal.InvalidRelationException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reverse relations: order, freshness, one-to-one, and the read-only {@link DataList}
 * (DESIGN.md "Freshness", semantics 5; ovs-dal.md §1.7, §7.11, §7.15). Run by
 * {@link AcceptanceSuite}.
 */
public abstract class BackrefContract extends DalTestBase {

    private TestDisk savedDiskOn(TestMachine machine, String name) {
        TestDisk disk = newDisk(name);
        disk.setMachine(machine);
        disk.save();
        return disk;
    }

    private TestService newService(String name, TestProxy proxy) {
        TestService service = dal().create(TestService.class);
        service.setName(name);
        service.setProxy(proxy);
        return service;
    }

    private TestProxy savedProxy(String name) {
        TestProxy proxy = dal().create(TestProxy.class);
        proxy.setName(name);
        proxy.save();
        return proxy;
    }

    @Test
    void backref_listsChildrenInAscendingGuidOrder() {
        TestMachine machine = savedMachine("m1");
        List<String> guids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            guids.add(savedDiskOn(machine, "d" + i).getGuid());
        }
        savedDisk("unrelated");

        DataList<TestDisk> disks = anotherDal().get(TestMachine.class, machine.getGuid()).getDisks();

        List<String> sorted = guids.stream().sorted().toList();
        assertThat(disks.guids()).containsExactlyElementsOf(sorted);
        assertThat(disks.stream().map(TestDisk::getGuid).toList()).containsExactlyElementsOf(sorted);
        assertThat(disks).hasSize(6);
    }

    @Test
    void backref_isReadAfreshOnEachCall_butAListKeptFromBeforeIsNotRefreshed() {
        TestMachine machine = savedMachine("m1");
        TestDisk first = savedDiskOn(machine, "d1");
        DataList<TestDisk> before = machine.getDisks();
        assertThat(before.guids()).containsExactly(first.getGuid());

        TestDisk second = savedDiskOn(machine, "d2");

        assertThat(machine.getDisks().guids()).containsExactlyInAnyOrder(first.getGuid(), second.getGuid());
        assertThat(before.guids()).containsExactly(first.getGuid());
    }

    /** Members are kept per process with the near cache's coherence: another process's commit shows once the watch delivered it. */
    @Test
    void backref_showsAChildSavedByAnotherDal_afterTheWatchDeliveredIt() {
        TestMachine machine = savedMachine("m1");
        assertThat(machine.getDisks()).isEmpty();

        TestDisk disk = anotherDal().create(TestDisk.class);
        disk.setName("d1");
        disk.setMachine(anotherDal().get(TestMachine.class, machine.getGuid()));
        disk.save();

        eventually("the backref lists the other Dal's child", () -> machine.getDisks().size() == 1);
        assertThat(machine.getDisks().guids()).containsExactly(disk.getGuid());
    }

    @Test
    void backref_ofAnUnsavedParent_isEmpty() {
        TestMachine machine = dal().create(TestMachine.class);
        machine.setName("unsaved");

        assertThat(machine.getDisks()).isEmpty();
        assertThat(machine.getDisks().guids()).isEmpty();
    }

    @Test
    void movingAChild_updatesBothBackrefs() {
        TestMachine m1 = savedMachine("m1");
        TestMachine m2 = savedMachine("m2");
        TestDisk stays = savedDiskOn(m1, "stays");
        TestDisk moves = savedDiskOn(m1, "moves");

        moves.setMachine(m2);
        moves.save();

        assertThat(m1.getDisks().guids()).containsExactly(stays.getGuid());
        assertThat(m2.getDisks().guids()).containsExactly(moves.getGuid());
        moves.setMachine(null);
        moves.save();
        assertThat(m2.getDisks()).isEmpty();
    }

    @Test
    void selfRelationBackref_listsTheChildren() {
        TestDisk parent = savedDisk("parent");
        TestDisk child = newDisk("child");
        child.setParent(parent);
        child.save();

        assertThat(parent.getChildren().guids()).containsExactly(child.getGuid());
        assertThat(child.getChildren()).isEmpty();
    }

    @Test
    void oneToOneBackref_returnsTheSingleChild_orNull() {
        TestProxy proxy = savedProxy("p1");
        assertThat(proxy.getService()).isNull();

        TestService service = newService("s1", proxy);
        service.save();

        TestService found = anotherDal().get(TestProxy.class, proxy.getGuid()).getService();
        assertThat(found).isEqualTo(service);
        assertThat(found.getName()).isEqualTo("s1");
    }

    @Test
    void oneToOne_secondChild_throwsInvalidRelationExceptionAtSave_andWritesNothing() {
        TestProxy proxy = savedProxy("p1");
        TestService first = newService("s1", proxy);
        first.save();
        TestService second = newService("s2", proxy);
        long before = storeRevision();

        thrown(InvalidRelationException.class, second::save);

        assertThat(storeRevision()).isEqualTo(before);
        assertThat(second.isNew()).isTrue();
        assertThat(dal().find(TestService.class, second.getGuid())).isEmpty();
        assertThat(proxy.getService()).isEqualTo(first);
    }

    @Test
    void oneToOne_allowsResavingTheOwnChild_andANewChildOnceTheFirstMovedAway() {
        TestProxy proxy = savedProxy("p1");
        TestService first = newService("s1", proxy);
        first.save();

        first.setName("s1-renamed");
        first.save();
        first.setProxy(null);
        first.save();
        TestService second = newService("s2", proxy);
        second.save();

        assertThat(proxy.getService()).isEqualTo(second);
    }

    @Test
    void dataList_isUnmodifiable() {
        TestMachine machine = savedMachine("m1");
        TestDisk disk = savedDiskOn(machine, "d1");
        DataList<TestDisk> disks = machine.getDisks();

        assertThatThrownBy(() -> disks.add(disk)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> disks.remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(disks::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThat(machine.getDisks()).containsExactly(disk);
    }

    @Test
    void dataList_fromCacheIsFalse_forBackrefsAndGuidLists() {
        TestMachine machine = savedMachine("m1");
        TestDisk disk = savedDiskOn(machine, "d1");

        DataList<TestDisk> backref = machine.getDisks();
        DataList<TestDisk> byGuids = dal().list(TestDisk.class, List.of(disk.getGuid()));

        assertThat(backref).containsExactly(disk);
        assertThat(backref.fromCache()).isFalse();
        assertThat(byGuids.guids()).containsExactly(disk.getGuid());
        assertThat(byGuids.fromCache()).isFalse();
    }
}
