package io.hybriddal.dal.spi.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hybriddal.dal.spi.KeyChange;
import io.hybriddal.dal.spi.WatchListener;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForwardingWatchListenerTest {

    @Test
    void everyListenerCallback_isOverridden_soNoWrapperDropsOne() throws NoSuchMethodException {
        for (Method callback : WatchListener.class.getMethods()) {
            Method forwarding = ForwardingWatchListener.class.getMethod(callback.getName(), callback.getParameterTypes());
            assertEquals(ForwardingWatchListener.class, forwarding.getDeclaringClass(),
                    "ForwardingWatchListener does not forward " + callback.getName());
        }
    }

    @Test
    void progress_reachesTheDelegate() {
        List<String> calls = new ArrayList<>();
        WatchListener delegate = new WatchListener() {
            @Override
            public void onChanges(List<KeyChange> changes) {
                calls.add("changes");
            }

            @Override
            public void onCompacted(long compactRevision) {
                calls.add("compacted");
            }

            @Override
            public void onError(Throwable error) {
                calls.add("error");
            }

            @Override
            public void onProgress(long revision) {
                calls.add("progress " + revision);
            }
        };
        new ForwardingWatchListener(delegate) { }.onProgress(42);
        assertTrue(calls.contains("progress 42"), "calls: " + calls);
    }
}
