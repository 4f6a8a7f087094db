package io.hybriddal.dal.internal.write;

import io.hybriddal.dal.internal.model.HybridModel;
import io.hybriddal.dal.spi.Condition;
import java.util.List;
import java.util.Map;

/**
 * Records the model in the store with the first commit that writes objects of a hybrid whose key
 * spaces the store does not record yet, atomically with that commit. Thread-safe.
 */
public interface ModelRecording {

    /** For engines that keep no record (tests of parts). */
    ModelRecording NONE = new ModelRecording() {
        @Override
        public Entries entries(HybridModel model) {
            return null;
        }

        @Override
        public void recorded(Entries entries) {
        }

        @Override
        public void refused() {
        }
    };

    /** What a commit writing objects of {@code model} adds to record its key spaces, or null when they are recorded. */
    Entries entries(HybridModel model);

    /** The commit carrying {@code entries} applied. */
    void recorded(Entries entries);

    /** A commit carrying entries was refused: what the store records may have changed. */
    void refused();

    /** Conditions and puts of record keys. */
    record Entries(List<Condition> conditions, Map<String, byte[]> puts) {
    }
}
