package io.hybriddal.dal.internal.object;

/** The writes of an instance: save, recursive save and delete, now or in the thread's transaction. Thread-safe. */
public interface InstanceWrites {

    /** Saves the object (or defers the save to the thread's transaction). */
    void save(ObjectState state);

    /** Saves the object and the dirty objects loaded through it, in one transaction. */
    void saveRecursive(ObjectState state);

    /** Deletes the object, abandoning the named backrefs. */
    void delete(ObjectState state, String[] abandonBackrefs);
}
