package io.hybriddal.integration.model;

import io.hybriddal.dal.DataObject;
import java.util.List;

/** The hybrids of the fault tests (the contract runners use the acceptance model instead). */
public final class IntegrationModel {

    /** Every hybrid of this package, for {@code DalBuilder.register}. */
    public static final List<Class<? extends DataObject>> HYBRIDS = List.of(Tally.class, Ledger.class, LedgerEntry.class);

    private IntegrationModel() {
    }

    /** The hybrids as an array, for {@code register(...)}. */
    @SuppressWarnings("unchecked")
    public static Class<? extends DataObject>[] all() {
        return (Class<? extends DataObject>[]) HYBRIDS.toArray(new Class<?>[0]);
    }
}
