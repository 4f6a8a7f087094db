package io.hybriddal.integration.model;

import io.hybriddal.dal.Backref;
import io.hybriddal.dal.DataList;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Hybrid;
import io.hybriddal.dal.Property;

/**
 * The counter of the killed-transaction test: each transaction raises {@link #getTransactions()}
 * to k and creates {@link #ENTRIES_PER_TRANSACTION} {@link LedgerEntry}s numbered k, all in one
 * {@code inTransaction}, so a partial commit shows as a count that does not match its entries.
 */
@Hybrid
public abstract class Ledger extends DataObject {

    /** How many entries each transaction creates. */
    public static final int ENTRIES_PER_TRANSACTION = 5;

    @Property
    public abstract String getName();
    public abstract void setName(String name);

    @Property(defaultValue = "0")
    public abstract long getTransactions();
    public abstract void setTransactions(long transactions);

    @Backref("entries")
    public abstract DataList<LedgerEntry> getEntries();
}
