package io.hybriddal.dal.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hybriddal.dal.FeedOptions;
import io.hybriddal.dal.Filter;
import org.junit.jupiter.api.Test;

/** {@link FeedOptions}: immutable values, checked arguments, documented defaults. */
class FeedOptionsTest {

    @Test
    void live_startsFromNow_withTheDefaultBound_andNoFilterGapHandlerOrExecutor() {
        FeedOptions live = FeedOptions.live();
        assertThat(live.fromRevision()).isEmpty();
        assertThat(live.maxPending()).isEqualTo(FeedOptions.DEFAULT_MAX_PENDING);
        assertThat(live.filter()).isEmpty();
        assertThat(live.onGap()).isEmpty();
        assertThat(live.executor()).isEmpty();
    }

    @Test
    void eachOption_returnsANewValue_leavingTheOriginalAsItWas() {
        FeedOptions from = FeedOptions.fromRevision(42);
        FeedOptions narrowed = from.filter(Filter.eq("name", "a")).maxPending(3).executor(Runnable::run).onGap(gap -> { });

        assertThat(narrowed.fromRevision()).hasValue(42);
        assertThat(narrowed.maxPending()).isEqualTo(3);
        assertThat(narrowed.filter()).isPresent();
        assertThat(from.filter()).isEmpty();
        assertThat(from.maxPending()).isEqualTo(FeedOptions.DEFAULT_MAX_PENDING);
    }

    @Test
    void outOfRangeNumbersAndNulls_areRefused() {
        assertThatThrownBy(() -> FeedOptions.fromRevision(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FeedOptions.live().maxPending(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FeedOptions.live().filter(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> FeedOptions.live().onGap(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> FeedOptions.live().executor(null)).isInstanceOf(NullPointerException.class);
    }
}
