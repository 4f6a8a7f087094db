package io.hybriddal.dal;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * How a subscription of {@link Dal#subscribe(Class, java.util.function.Consumer, FeedOptions)}
 * runs: where it starts ({@link #live()} or {@link #fromRevision(long)}), which objects it
 * follows ({@link #filter}), what it does about lost history ({@link #onGap}), where its listener
 * runs ({@link #executor}) and how far its listener may fall behind ({@link #maxPending}).
 *
 * <p>Immutable: every method returns a new instance, so one options value may be shared.
 * Methods throw {@link NullPointerException} for null arguments and
 * {@link IllegalArgumentException} for out-of-range numbers.
 */
public final class FeedOptions {

    /** Changes a subscription may have waiting for its listener by default. */
    public static final int DEFAULT_MAX_PENDING = 10_000;

    private static final long LIVE = -1;

    private final long fromRevision;
    private final Filter filter;
    private final Consumer<FeedGap> onGap;
    private final Executor executor;
    private final int maxPending;

    private FeedOptions(long fromRevision, Filter filter, Consumer<FeedGap> onGap, Executor executor, int maxPending) {
        this.fromRevision = fromRevision;
        this.filter = filter;
        this.onGap = onGap;
        this.executor = executor;
        this.maxPending = maxPending;
    }

    /** Changes committed from now on. */
    public static FeedOptions live() {
        return new FeedOptions(LIVE, null, null, null, DEFAULT_MAX_PENDING);
    }

    /**
     * Every change committed after {@code revision} (usually a {@link Snapshot#revision()}), then
     * live ones. If the store compacted that history, the subscription starts with a gap. Revision
     * 0 (the snapshot of a store that never committed) cannot be watched from exactly: if commits
     * land while the subscription starts, it starts with a gap too.
     *
     * @throws IllegalArgumentException when {@code revision} is negative
     */
    public static FeedOptions fromRevision(long revision) {
        if (revision < 0) {
            throw new IllegalArgumentException("revision must not be negative: " + revision);
        }
        return new FeedOptions(revision, null, null, null, DEFAULT_MAX_PENDING);
    }

    /**
     * Only changes of objects that match {@code filter} before <em>or</em> after the change (so a
     * subscriber sees an object enter and leave its view). Paths across relations and dynamics
     * are evaluated against the related objects and dynamics as they are when the event is
     * delivered. An invalid filter fails at subscribe time with {@link InvalidQueryException}.
     */
    public FeedOptions filter(Filter filter) {
        return new FeedOptions(fromRevision, Objects.requireNonNull(filter, "filter"), onGap, executor, maxPending);
    }

    /**
     * Called (on the listener's executor, in order with the events) when changes are lost: history
     * compacted, or the subscriber fell more than {@link #maxPending()} changes behind. Without it,
     * a gap is logged at WARN. An exception it throws is logged; the subscription goes on.
     */
    public FeedOptions onGap(Consumer<FeedGap> onGap) {
        return new FeedOptions(fromRevision, filter, Objects.requireNonNull(onGap, "onGap"), executor, maxPending);
    }

    /**
     * Where the listener runs. Calls for one subscription are never concurrent and keep commit
     * order, whatever the executor. Default: one daemon thread per subscription, stopped on close.
     * An executor that rejects a task closes the subscription (logged).
     */
    public FeedOptions executor(Executor executor) {
        return new FeedOptions(fromRevision, filter, onGap, Objects.requireNonNull(executor, "executor"), maxPending);
    }

    /**
     * How many changes may wait for a slow listener ({@link #DEFAULT_MAX_PENDING} by default).
     * One more, and the waiting changes are dropped and a {@link FeedGap} with reason
     * {@link FeedGap.Reason#OVERFLOW} is reported instead: memory stays bounded by about
     * {@code maxPending} decoded changes per subscription.
     *
     * @throws IllegalArgumentException when {@code maxPending} is not positive
     */
    public FeedOptions maxPending(int maxPending) {
        if (maxPending <= 0) {
            throw new IllegalArgumentException("maxPending must be positive: " + maxPending);
        }
        return new FeedOptions(fromRevision, filter, onGap, executor, maxPending);
    }

    /** The revision after which changes are delivered; empty for {@link #live()}. */
    public OptionalLong fromRevision() {
        return fromRevision == LIVE ? OptionalLong.empty() : OptionalLong.of(fromRevision);
    }

    /** The filter an object must match before or after a change for the change to be delivered; empty: every change. */
    public Optional<Filter> filter() {
        return Optional.ofNullable(filter);
    }

    /** Told when changes could not be delivered (history compacted, or the subscriber fell too far behind); empty: logged. */
    public Optional<Consumer<FeedGap>> onGap() {
        return Optional.ofNullable(onGap);
    }

    /** Where listeners run; empty: one thread of the subscription's own. */
    public Optional<Executor> executor() {
        return Optional.ofNullable(executor);
    }

    /** How many changes may wait for the listener before the queue is dropped for a gap. */
    public int maxPending() {
        return maxPending;
    }
}
