package io.hybriddal.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.hybriddal.dal.spi.KeyChange;
import io.hybriddal.dal.spi.WatchListener;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A {@link WatchListener} that queues what it receives, so a test can wait for each delivery
 * with a bounded timeout instead of sleeping. Usable by any test of a watching component.
 */
public final class WatchRecorder implements WatchListener {

    /** How long a test waits for an expected delivery before failing. */
    public static final Duration WAIT = Duration.ofSeconds(5);

    /** One call the listener received. */
    public sealed interface Event permits Changes, Compacted, Failed, Progress {
    }

    /** An {@link #onChanges(List)} call. */
    public record Changes(List<KeyChange> changes) implements Event {
    }

    /** An {@link #onCompacted(long)} call. */
    public record Compacted(long compactRevision) implements Event {
    }

    /** An {@link #onError(Throwable)} call. */
    public record Failed(Throwable error) implements Event {
    }

    /** An {@link #onProgress(long)} call. */
    public record Progress(long revision) implements Event {
    }

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();

    @Override
    public void onChanges(List<KeyChange> changes) {
        events.add(new Changes(List.copyOf(changes)));
    }

    @Override
    public void onCompacted(long compactRevision) {
        events.add(new Compacted(compactRevision));
    }

    @Override
    public void onError(Throwable error) {
        events.add(new Failed(error));
    }

    @Override
    public void onProgress(long revision) {
        events.add(new Progress(revision));
    }

    /** The next call received, waiting up to {@link #WAIT}; fails the test when none comes. */
    public Event next() {
        try {
            Event event = events.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            if (event == null) {
                fail("the watch delivered nothing within " + WAIT);
            }
            return event;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for a watch delivery", e);
        }
    }

    /** The changes of the next call, which must be an {@code onChanges}. */
    public List<KeyChange> nextChanges() {
        Event event = next();
        assertThat(event).as("next watch delivery").isInstanceOf(Changes.class);
        return ((Changes) event).changes();
    }

    /** The revision of the next call, which must be an {@code onCompacted}. */
    public long nextCompaction() {
        Event event = next();
        assertThat(event).as("next watch delivery").isInstanceOf(Compacted.class);
        return ((Compacted) event).compactRevision();
    }

    /** The revision of the next call, which must be an {@code onProgress}. */
    public long nextProgress() {
        Event event = next();
        assertThat(event).as("next watch delivery").isInstanceOf(Progress.class);
        return ((Progress) event).revision();
    }

    /**
     * Asserts that nothing arrives for {@code period}: a bounded wait, for the few checks that
     * something must <em>not</em> happen and that no later marker event can prove.
     */
    public void assertQuietFor(Duration period) {
        try {
            Event event = events.poll(period.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(event).as("watch delivery that should not have happened").isNull();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while checking that the watch stays quiet", e);
        }
    }
}
