package io.hybriddal.dal.internal.model;

/**
 * Which derived key spaces hold an entry for every stored object, as the store's model record
 * says: only those may serve as a query's candidates. Answers from memory (the record is
 * followed through the store's watch), so asking costs no store read. Thread-safe.
 */
public interface KeySpaceStates {

    /** Every key space ready: for parts tested without a store record. */
    KeySpaceStates ALL_READY = new KeySpaceStates() {
        @Override
        public boolean uniqueReady(PropertyModel property) {
            return true;
        }

        @Override
        public boolean indexReady(PropertyModel property) {
            return true;
        }

        @Override
        public boolean reverseReady(RelationModel relation) {
            return true;
        }
    };

    /** Whether the unique values of {@code property} are complete. */
    boolean uniqueReady(PropertyModel property);

    /** Whether the index entries of {@code property} are complete. */
    boolean indexReady(PropertyModel property);

    /** Whether the reverse entries of {@code relation} are complete. */
    boolean reverseReady(RelationModel relation);
}
