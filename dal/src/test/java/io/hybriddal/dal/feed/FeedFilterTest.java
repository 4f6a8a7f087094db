package io.hybriddal.dal.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hybriddal.dal.ChangeEvent;
import io.hybriddal.dal.ChangeType;
import io.hybriddal.dal.Dal;
import io.hybriddal.dal.FeedOptions;
import io.hybriddal.dal.Filter;
import io.hybriddal.dal.InvalidQueryException;
import io.hybriddal.dal.Subscription;
import io.hybriddal.dal.model.Pool;
import io.hybriddal.dal.model.Volume;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A filtered subscription: the changes of objects that match before or after them. */
class FeedFilterTest {

    private final Dal dal = Dal.builder().register(Pool.class, Volume.class).build();

    @AfterEach
    void close() {
        dal.close();
    }

    private Volume volume(String name, long size) {
        Volume v = dal.create(Volume.class);
        v.setName(name);
        v.setSize(size);
        v.save();
        return v;
    }

    private static void resize(Volume v, long size) {
        v.setSize(size);
        v.save();
    }

    @Test
    void anObjectEnteringAndLeavingTheFilter_isSeenBothWays_andNothingOutsideIt() {
        FeedRecorder<Volume> recorder = new FeedRecorder<>();
        try (Subscription ignored = dal.subscribe(Volume.class, recorder, FeedOptions.live().filter(Filter.gt("size", 5L)))) {
            Volume small = volume("small", 1);
            Volume moving = volume("moving", 1);
            resize(moving, 10);  // enters
            resize(small, 2);    // never matches
            resize(moving, 20);  // stays in
            resize(moving, 3);   // leaves
            resize(moving, 4);   // stays out
            Volume marker = volume("marker", 100);

            assertThat(recorder.waitingThrough(marker))
                    .extracting(e -> e.guid().equals(moving.getGuid()) ? e.type() + " " + e.newValues().get("size") : "marker")
                    .containsExactly("UPDATED 10", "UPDATED 20", "UPDATED 3", "marker");
        }
    }

    @Test
    void aFilterAcrossARelation_followsTheRelatedObject() {
        Pool a = dal.create(Pool.class);
        a.setName("a");
        a.save();
        Pool b = dal.create(Pool.class);
        b.setName("b");
        b.save();
        FeedRecorder<Volume> recorder = new FeedRecorder<>();
        try (Subscription ignored = dal.subscribe(Volume.class, recorder, FeedOptions.live().filter(Filter.eq("pool.name", "a")))) {
            Volume inB = dal.create(Volume.class);
            inB.setName("in b");
            inB.setPool(b);
            inB.save();
            Volume inA = dal.create(Volume.class);
            inA.setName("in a");
            inA.setPool(a);
            inA.save();
            inA.delete();

            ChangeEvent<Volume> created = recorder.nextEvent();
            ChangeEvent<Volume> deleted = recorder.nextEvent();
            assertThat(created.guid()).isEqualTo(inA.getGuid());
            assertThat(created.type()).isEqualTo(ChangeType.CREATED);
            assertThat(deleted.type()).isEqualTo(ChangeType.DELETED);
            assertThat(recorder.waiting()).isEmpty();
        }
    }

    @Test
    void aFilterThatDoesNotFitTheHybrid_isRefusedAtSubscribe() {
        assertThatThrownBy(() -> dal.subscribe(Volume.class, e -> { }, FeedOptions.live().filter(Filter.eq("colour", "red"))))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("colour");
    }
}
