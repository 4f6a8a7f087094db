package io.hybriddal.acceptance.model.bad;

import io.hybriddal.acceptance.model.TestStorage;
import io.hybriddal.dal.Hybrid;
import io.hybriddal.dal.Property;

/** Wrong together with {@link StorageExtensionTwo}: two registered extensions of {@link TestStorage}. */
@Hybrid
public abstract class StorageExtensionOne extends TestStorage {

    @Property(mandatory = false)
    public abstract String getVendor();
    public abstract void setVendor(String vendor);
}
