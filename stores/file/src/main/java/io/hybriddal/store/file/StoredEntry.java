package io.hybriddal.store.file;

import io.hybriddal.dal.spi.KeyValue;
import java.util.Objects;

/**
 * What the file store keeps under a key: the value and its revisions. The key itself is the
 * MVMap key, so it is not repeated here. The array is never copied and never modified.
 *
 * @param value          the value bytes, never {@code null}
 * @param modRevision    revision of the commit that last wrote the key
 * @param createRevision revision of the commit that created the key
 */
record StoredEntry(byte[] value, long modRevision, long createRevision) {

    StoredEntry {
        Objects.requireNonNull(value, "value");
    }

    KeyValue toKeyValue(String key) {
        return new KeyValue(key, value, modRevision, createRevision);
    }
}
