package io.hybriddal.store.file;

import java.nio.ByteBuffer;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

/**
 * The on-disk form of a {@link StoredEntry}: a format byte, the two revisions as variable-length
 * longs, the value length as a variable-length int, then the value bytes. Compact (a small
 * entry costs a few bytes over its value) and free of Java serialization.
 *
 * <p>Stateless and thread-safe. A format byte it does not know is reported as an
 * {@link IllegalStateException}, which the store turns into a {@code StoreException} naming
 * the file.
 */
final class StoredEntryType extends BasicDataType<StoredEntry> {

    static final StoredEntryType INSTANCE = new StoredEntryType();

    /** Written first so that a later layout can be told apart from this one. */
    private static final byte FORMAT_1 = 1;

    /** Rough heap cost of the record and array headers, for MVStore's cache accounting. */
    private static final int OVERHEAD = 64;

    private StoredEntryType() {
    }

    @Override
    public int getMemory(StoredEntry entry) {
        return OVERHEAD + entry.value().length;
    }

    @Override
    public void write(WriteBuffer buffer, StoredEntry entry) {
        buffer.put(FORMAT_1)
                .putVarLong(entry.modRevision())
                .putVarLong(entry.createRevision())
                .putVarInt(entry.value().length)
                .put(entry.value());
    }

    @Override
    public StoredEntry read(ByteBuffer buffer) {
        byte format = buffer.get();
        if (format != FORMAT_1) {
            throw new IllegalStateException("unknown entry format " + format);
        }
        long modRevision = DataUtils.readVarLong(buffer);
        long createRevision = DataUtils.readVarLong(buffer);
        int length = DataUtils.readVarInt(buffer);
        if (length < 0 || length > buffer.remaining()) {
            throw new IllegalStateException("entry value length " + length + " exceeds the page ("
                    + buffer.remaining() + " bytes left)");
        }
        byte[] value = new byte[length];
        buffer.get(value);
        return new StoredEntry(value, modRevision, createRevision);
    }

    @Override
    public StoredEntry[] createStorage(int size) {
        return new StoredEntry[size];
    }
}
