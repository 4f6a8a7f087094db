package io.hybriddal.bench.support;

import java.util.concurrent.ThreadLocalRandom;

/** Fresh namespace names, so that forks sharing one etcd never see each other's keys. */
public final class Names {

    private Names() {
    }

    /** {@code bench-<purpose>-<random>}: lower-case letters, digits and dashes. */
    public static String unique(String purpose) {
        return "bench-" + purpose + "-" + Long.toString(ThreadLocalRandom.current().nextLong() >>> 1, 36);
    }
}
