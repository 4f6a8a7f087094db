package io.hybriddal.acceptance.model.bad;

import io.hybriddal.acceptance.model.TestStorage;
import io.hybriddal.dal.Hybrid;
import io.hybriddal.dal.Property;

/** Wrong together with {@link StorageExtensionOne}: two registered extensions of {@link TestStorage}. */
@Hybrid
public abstract class StorageExtensionTwo extends TestStorage {

    @Property(mandatory = false)
    public abstract String getSite();
    public abstract void setSite(String site);
}
