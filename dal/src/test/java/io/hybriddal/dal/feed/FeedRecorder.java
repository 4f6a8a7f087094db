package io.hybriddal.dal.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.ChangeEvent;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.FeedGap;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** Records what a subscription delivers (events and gaps, in order) and waits for it with a bound. */
final class FeedRecorder<T extends DataObject> implements Consumer<ChangeEvent<T>> {

    static final Duration WAIT = Duration.ofSeconds(10);

    private final BlockingQueue<Object> delivered = new LinkedBlockingQueue<>();

    @Override
    public void accept(ChangeEvent<T> event) {
        delivered.add(event);
    }

    /** The gap handler to pass to {@code FeedOptions.onGap}. */
    Consumer<FeedGap> gaps() {
        return delivered::add;
    }

    /** The next delivered event or gap, failing after {@link #WAIT}. */
    Object next() {
        try {
            Object next = delivered.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(next).as("a delivery within %s", WAIT).isNotNull();
            return next;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @SuppressWarnings("unchecked")
    ChangeEvent<T> nextEvent() {
        Object next = next();
        assertThat(next).as("the next delivery").isInstanceOf(ChangeEvent.class);
        return (ChangeEvent<T>) next;
    }

    FeedGap nextGap() {
        Object next = next();
        assertThat(next).as("the next delivery").isInstanceOf(FeedGap.class);
        return (FeedGap) next;
    }

    /** What was delivered and not yet taken, without waiting. */
    List<Object> waiting() {
        List<Object> all = new ArrayList<>();
        delivered.drainTo(all);
        return all;
    }

    /** Everything delivered up to and including the first event at or after {@code revision}. */
    List<Object> through(long revision) {
        List<Object> all = new ArrayList<>();
        while (true) {
            Object next = next();
            all.add(next);
            if (next instanceof ChangeEvent<?> e && e.revision() >= revision) {
                return all;
            }
        }
    }

    /** The events delivered up to and including the first one of {@code last} (by guid). */
    List<ChangeEvent<T>> waitingThrough(DataObject last) {
        List<ChangeEvent<T>> events = new ArrayList<>();
        ChangeEvent<T> event;
        do {
            event = nextEvent();
            events.add(event);
        } while (!event.guid().equals(last.getGuid()));
        return events;
    }

    /** The events of {@link #through(long)}, leaving out gaps. */
    @SuppressWarnings("unchecked")
    List<ChangeEvent<T>> eventsThrough(long revision) {
        List<ChangeEvent<T>> events = new ArrayList<>();
        for (Object o : through(revision)) {
            if (o instanceof ChangeEvent<?> e) {
                events.add((ChangeEvent<T>) e);
            }
        }
        return events;
    }
}
