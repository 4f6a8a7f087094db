package io.hybriddal.integration.model;

import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Hybrid;
import io.hybriddal.dal.Property;
import io.hybriddal.dal.Relation;

/** One of the entries a {@link Ledger} transaction creates, numbered with that transaction. */
@Hybrid
public abstract class LedgerEntry extends DataObject {

    @Relation(backref = "entries")
    public abstract Ledger getLedger();
    public abstract void setLedger(Ledger ledger);

    @Property
    public abstract long getTransaction();
    public abstract void setTransaction(long transaction);

    @Property
    public abstract int getSlot();
    public abstract void setSlot(int slot);
}
