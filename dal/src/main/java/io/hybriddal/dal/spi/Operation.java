package io.hybriddal.dal.spi;

import java.util.Objects;

/** A write inside a {@link Commit}: put a value or delete a key. */
public sealed interface Operation permits Operation.Put, Operation.Delete {

    /** The key written or deleted. */
    String key();

    /** Sets {@code key} to {@code value}, creating it if absent. The array is not copied. */
    record Put(String key, byte[] value) implements Operation {
        public Put {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String toString() {
            return "Put[" + key + ", " + value.length + " bytes]";
        }
    }

    /** Deletes {@code key}; deleting an absent key is not an error. */
    record Delete(String key) implements Operation {
        public Delete {
            Objects.requireNonNull(key, "key");
        }
    }
}
