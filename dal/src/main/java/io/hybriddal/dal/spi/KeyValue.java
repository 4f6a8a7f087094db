package io.hybriddal.dal.spi;

import java.util.Arrays;
import java.util.Objects;

/**
 * One entry of a {@link PersistentStore}: a key, its value and the store revisions that
 * last created and modified it.
 *
 * <p>Revisions are store-wide and strictly increasing: every successful commit that changes
 * something gets a new revision, and every key it writes carries it as {@code modRevision}. The array is not copied;
 * callers must not modify it.
 *
 * @param key            the key, never {@code null}
 * @param value          the value bytes, never {@code null} (may be empty)
 * @param modRevision    revision of the commit that last wrote this key, {@code > 0}
 * @param createRevision revision of the commit that created this key, {@code > 0}
 */
public record KeyValue(String key, byte[] value, long modRevision, long createRevision) {

    public KeyValue {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KeyValue kv
                && key.equals(kv.key)
                && modRevision == kv.modRevision
                && createRevision == kv.createRevision
                && Arrays.equals(value, kv.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, modRevision, createRevision, Arrays.hashCode(value));
    }

    @Override
    public String toString() {
        return "KeyValue[" + key + " @" + modRevision + ", " + value.length + " bytes]";
    }
}
