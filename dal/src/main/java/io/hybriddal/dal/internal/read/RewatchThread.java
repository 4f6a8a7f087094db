package io.hybriddal.dal.internal.read;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/** The one daemon thread on which a part built on a watch (near cache, local lists) restarts it and checks on it. */
final class RewatchThread {

    private RewatchThread() {
    }

    /** A scheduler of one daemon thread called {@code name}; shut it down on close. */
    static ScheduledExecutorService named(String name) {
        return Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }
}
