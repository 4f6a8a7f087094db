package io.hybriddal.dal;

import java.util.Map;
import java.util.Set;

/**
 * One committed change to one object, as delivered by {@link Dal#subscribe}.
 *
 * @param <T> the hybrid type
 */
public interface ChangeEvent<T extends DataObject> {

    /** Whether the object was created, updated or deleted. */
    ChangeType type();

    /** The hybrid name of the changed object. */
    String hybrid();

    /** The guid of the changed object. */
    String guid();

    /** Names of the properties and relations that changed (all set ones for CREATED and DELETED). */
    Set<String> changedFields();

    /** Values before the change of the changed fields (relations as guids); empty for CREATED. */
    Map<String, Object> oldValues();

    /** Values after the change of the changed fields (relations as guids); empty for DELETED. */
    Map<String, Object> newValues();

    /** The store revision of the commit. */
    long revision();
}
