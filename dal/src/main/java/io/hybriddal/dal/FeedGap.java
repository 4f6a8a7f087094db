package io.hybriddal.dal;

/**
 * Changes a subscription could not deliver, reported to {@link FeedOptions#onGap}: the store's
 * history was compacted past them, or the subscriber fell so far behind that its queue was
 * dropped. Delivery goes on with the changes after {@link #earliestRevision()}; to be whole
 * again, a subscriber takes a fresh {@link Dal#snapshot(Class)} (whose revision is at least
 * {@code earliestRevision()}) and ignores the events up to the snapshot's revision.
 *
 * <p>An immutable value; it is handed to the gap handler on the subscription's executor, in
 * order with the events.
 *
 * @param hybrid                the hybrid name of the subscription, never null
 * @param lastDeliveredRevision the revision of the last change handed to the listener before the
 *                              gap (or the revision the subscription started from)
 * @param earliestRevision      changes after this revision are delivered again; those in
 *                              {@code (lastDeliveredRevision, earliestRevision]} may be missing
 * @param reason                why the changes are missing, never null
 */
public record FeedGap(String hybrid, long lastDeliveredRevision, long earliestRevision, Reason reason) {

    /** Why changes are missing. */
    public enum Reason {
        /** The store compacted its history before the changes could be read. */
        COMPACTED,
        /** The subscriber fell more than {@link FeedOptions#maxPending()} changes behind. */
        OVERFLOW
    }
}
