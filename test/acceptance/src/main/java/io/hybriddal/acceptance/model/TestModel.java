package io.hybriddal.acceptance.model;

import io.hybriddal.dal.DataObject;
import java.util.List;

/** The hybrids every acceptance Dal registers (not {@link TestEMachine}, which the extension tests add). */
public final class TestModel {

    /** The valid test model, consistent on its own (every relation's target and backref is here). */
    public static final List<Class<? extends DataObject>> HYBRIDS = List.of(
            TestDisk.class, TestMachine.class, TestStorage.class, TestPartition.class,
            TestService.class, TestProxy.class);

    private TestModel() {
    }
}
