package io.hybriddal.dal.internal.codec;

import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Relation guids repeat across many documents (every vDisk of a pool names the pool), so decoded
 * documents share one String per guid instead of one copy per document.
 */
public final class Guids {

    /** Bounded so a stream of distinct guids cannot grow it without limit; cleared when full. */
    private static final int MAX_SHARED = 65_536;
    private static final ConcurrentHashMap<String, String> SHARED = new ConcurrentHashMap<>();

    /** The longest guid {@link #requireValid} accepts. */
    public static final int MAX_LENGTH = 128;

    /** What a guid given to {@code create(type, guid)} may be. */
    public static final String ALLOWED = "1 to " + MAX_LENGTH + " characters from [A-Za-z0-9._-]";

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._-]{1," + MAX_LENGTH + "}");

    private Guids() {
    }

    /**
     * Refuses a guid outside {@link #ALLOWED}: such a guid is stored in keys without escaping,
     * so every path that reads it back from a key returns exactly the guid that was given.
     *
     * @throws IllegalArgumentException naming the hybrid, the guid and the allowed form
     */
    public static String requireValid(String hybrid, String guid) {
        if (!VALID.matcher(guid).matches()) {
            String shown = guid.length() > 64 ? guid.substring(0, 64) + "... (" + guid.length() + " characters)" : guid;
            throw new IllegalArgumentException("cannot create a " + hybrid + " with guid \"" + shown
                    + "\": a guid must be " + ALLOWED);
        }
        return guid;
    }

    /** One shared instance per guid value (best effort). */
    public static String shared(String guid) {
        String known = SHARED.get(guid);
        if (known != null) {
            return known;
        }
        if (SHARED.size() >= MAX_SHARED) {
            SHARED.clear();
        }
        known = SHARED.putIfAbsent(guid, guid);
        return known != null ? known : guid;
    }
}
