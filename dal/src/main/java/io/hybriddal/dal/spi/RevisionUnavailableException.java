package io.hybriddal.dal.spi;

import io.hybriddal.dal.StoreException;

/**
 * A read at a past revision that the store cannot serve: it keeps no versions that old (it
 * moved on, or its history was compacted). Retrying at a fresh revision may succeed.
 */
public class RevisionUnavailableException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final long requestedRevision;

    /** @param requestedRevision the revision that could not be read */
    public RevisionUnavailableException(long requestedRevision, String message, Throwable cause) {
        super(message, cause);
        this.requestedRevision = requestedRevision;
    }

    /** @param requestedRevision the revision that could not be read */
    public RevisionUnavailableException(long requestedRevision, String message) {
        this(requestedRevision, message, null);
    }

    /** The revision that could not be read. */
    public long requestedRevision() {
        return requestedRevision;
    }

    /** Throws when {@code store} is no longer (or not yet) at {@code revision}. */
    static void check(PersistentStore store, long revision) {
        long current = store.currentRevision();
        if (current != revision) {
            throw new RevisionUnavailableException(revision, "the store is at revision " + current
                    + " and keeps no older versions: cannot read at revision " + revision);
        }
    }
}
