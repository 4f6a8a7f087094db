package io.hybriddal.acceptance.model.bad;

import io.hybriddal.acceptance.model.TestDisk;
import io.hybriddal.dal.Backref;
import io.hybriddal.dal.DataList;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Hybrid;

/** Wrong: backref {@code ghosts} matches no relation of any registered hybrid. */
@Hybrid
public abstract class BackrefWithoutRelation extends DataObject {

    @Backref("ghosts")
    public abstract DataList<TestDisk> getGhosts();
}
