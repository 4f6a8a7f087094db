package io.hybriddal.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.ChangeEvent;
import io.hybriddal.dal.FeedGap;
import io.hybriddal.integration.model.Tally;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** What one subscription delivered (events and gaps, in order), taken with a bounded wait. */
final class FeedEvents implements Consumer<ChangeEvent<Tally>> {

    private final BlockingQueue<Object> delivered = new LinkedBlockingQueue<>();
    private final Duration wait;

    FeedEvents(Duration wait) {
        this.wait = wait;
    }

    @Override
    public void accept(ChangeEvent<Tally> event) {
        delivered.add(event);
    }

    Consumer<FeedGap> gaps() {
        return delivered::add;
    }

    Object next() {
        try {
            Object next = delivered.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(next).as("a delivery within %s", wait).isNotNull();
            return next;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @SuppressWarnings("unchecked")
    ChangeEvent<Tally> nextEvent() {
        Object next = next();
        assertThat(next).as("the next delivery").isInstanceOf(ChangeEvent.class);
        return (ChangeEvent<Tally>) next;
    }

    FeedGap nextGap() {
        Object next = next();
        assertThat(next).as("the next delivery").isInstanceOf(FeedGap.class);
        return (FeedGap) next;
    }

    /** The next {@code n} deliveries, which must all be events. */
    List<ChangeEvent<Tally>> nextEvents(int n) {
        List<ChangeEvent<Tally>> events = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            events.add(nextEvent());
        }
        return events;
    }

    /** What was delivered and not yet taken, without waiting. */
    List<Object> waiting() {
        List<Object> all = new ArrayList<>();
        delivered.drainTo(all);
        return all;
    }
}
