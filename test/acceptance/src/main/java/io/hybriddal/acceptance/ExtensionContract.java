package io.hybriddal.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.acceptance.model.TestDisk;
import io.hybriddal.acceptance.model.TestEMachine;
import io.hybriddal.acceptance.model.TestMachine;
import io.hybriddal.dal.Dal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A registered extension replaces its base hybrid everywhere (DESIGN.md "A hybrid may extend
 * another hybrid"; ovs-dal.md §1.2). Uses Dals that register {@link TestEMachine} on top of the
 * model. Run by {@link AcceptanceSuite}.
 */
public abstract class ExtensionContract extends DalTestBase {

    private Dal extendedDal() {
        return open(builder().register(TestEMachine.class));
    }

    private TestMachine savedMachineIn(Dal dal, String name) {
        TestMachine machine = dal.create(TestMachine.class);
        machine.setName(name);
        machine.save();
        return machine;
    }

    @Test
    void create_ofTheBase_givesTheExtension() {
        TestMachine machine = extendedDal().create(TestMachine.class);

        assertThat(machine).isInstanceOf(TestEMachine.class);
        assertThat(machine.hybridName()).isEqualTo("testemachine");
    }

    @Test
    void get_ofTheBase_givesTheExtension_withItsOwnProperty() {
        Dal dal = extendedDal();
        TestEMachine machine = (TestEMachine) dal.create(TestMachine.class);
        machine.setName("m1");
        machine.setRack("r7");
        machine.save();

        TestMachine loaded = extendedDal().get(TestMachine.class, machine.getGuid());

        assertThat(loaded).isInstanceOf(TestEMachine.class);
        assertThat(((TestEMachine) loaded).getRack()).isEqualTo("r7");
        assertThat(loaded.getName()).isEqualTo("m1");
        assertThat(extendedDal().get(TestEMachine.class, machine.getGuid()).getRack()).isEqualTo("r7");
    }

    @Test
    void export_ofTheExtension_givesBasePropertiesThenItsOwn() {
        TestEMachine machine = (TestEMachine) extendedDal().create(TestMachine.class);
        machine.setName("m1");
        machine.setRack("r7");

        assertThat(new ArrayList<>(machine.export().keySet())).containsExactly("name", "rack");
    }

    @Test
    void relationToTheBase_acceptsTheExtension_andItsBackrefListsTheChild() {
        Dal dal = extendedDal();
        TestMachine machine = savedMachineIn(dal, "m1");
        TestDisk disk = dal.create(TestDisk.class);
        disk.setName("d1");
        disk.setMachine(machine);
        disk.save();

        TestDisk loaded = extendedDal().get(TestDisk.class, disk.getGuid());

        assertThat(loaded.getMachine()).isInstanceOf(TestEMachine.class).isEqualTo(machine);
        assertThat(machine.getDisks().guids()).containsExactly(disk.getGuid());
        assertThat(extendedDal().list(TestMachine.class, List.of(machine.getGuid())))
                .singleElement().isInstanceOf(TestEMachine.class);
    }
}
