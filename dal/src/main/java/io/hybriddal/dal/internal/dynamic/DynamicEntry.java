package io.hybriddal.dal.internal.dynamic;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import io.hybriddal.dal.DalException;
import io.hybriddal.dal.internal.json.Json;
import io.hybriddal.dal.internal.model.CorruptValueException;
import io.hybriddal.dal.internal.model.DynamicModel;
import io.hybriddal.dal.internal.object.ObjectState;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A cached dynamic as the volatile store holds it: a format byte ({@value #FORMAT}), the compute
 * time (epoch millis) and the revision of the object it was computed from (8 bytes each,
 * big-endian), then the value's JSON. Entries of the first format (the compute time first, no
 * revision) start with a 0 byte for the next two million years: they read as absent, never as
 * errors, and are replaced on the next computation.
 *
 * @param raw        the bytes it was decoded from
 * @param computedAt when the value was computed, epoch millis
 * @param revision   the object revision the value was computed from (0 for an unsaved object)
 * @param value      the value, possibly null
 */
record DynamicEntry(byte[] raw, long computedAt, long revision, Object value) {

    private static final Logger LOG = LoggerFactory.getLogger(DynamicEntry.class);
    static final byte FORMAT = 2;
    private static final int HEADER = 1 + 2 * Long.BYTES;

    /** Whether {@code entry} is of the current format (false for null, old or cut entries). */
    static boolean current(byte[] entry) {
        return entry != null && entry.length >= HEADER && entry[0] == FORMAT;
    }

    /** The compute time of a {@link #current} entry. */
    static long computedAt(byte[] entry) {
        return readLong(entry, 1);
    }

    /** The object revision of a {@link #current} entry. */
    static long revision(byte[] entry) {
        return readLong(entry, 1 + Long.BYTES);
    }

    /** The JSON text of a {@link #current} entry: from this offset to the end. */
    static int valueOffset() {
        return HEADER;
    }

    private static long readLong(byte[] entry, int from) {
        long result = 0;
        for (int i = from; i < from + Long.BYTES; i++) {
            result = (result << 8) | (entry[i] & 0xff);
        }
        return result;
    }

    /** The entry decoded, or null (logged) when its JSON does not fit the dynamic's type. */
    static DynamicEntry decode(String key, byte[] entry, DynamicModel dynamic) {
        try (JsonParser p = Json.FACTORY.createParser(entry, HEADER, entry.length - HEADER)) {
            p.nextToken();
            return new DynamicEntry(entry, computedAt(entry), revision(entry), dynamic.codec().read(p));
        } catch (IOException | CorruptValueException e) {
            LOG.warn("cached value of dynamic {} at [{}] is unreadable; recomputing: {}", dynamic.name(), key, e.getMessage());
            return null;
        }
    }

    static byte[] encode(long computedAt, long revision, DynamicModel dynamic, Object value, ObjectState state) {
        ByteArrayBuilder out = new ByteArrayBuilder(64);
        out.append(FORMAT);
        writeLong(out, computedAt);
        writeLong(out, revision);
        try (JsonGenerator g = Json.FACTORY.createGenerator(out)) {
            dynamic.codec().write(g, value);
        } catch (IOException e) {
            throw new DalException("cannot encode dynamic " + dynamic.name() + " of " + state.describe() + ": " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static void writeLong(ByteArrayBuilder out, long value) {
        for (int i = Long.BYTES - 1; i >= 0; i--) {
            out.append((int) (value >>> (8 * i)) & 0xff);
        }
    }
}
