package io.hybriddal.bench.support;

import java.util.SplittableRandom;

/**
 * A fixed pseudo-random sequence of indexes in {@code [0, bound)}, precomputed so that drawing
 * one costs an array load and a mask (no Random in the measured path); the same seed gives both
 * sides of a comparison the same keys in the same order. Not thread-safe: one per benchmark
 * thread.
 */
public final class RandomSequence {

    private static final int LENGTH = 1 << 16;
    private final int[] values = new int[LENGTH];
    private int position;

    public RandomSequence(int bound, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < LENGTH; i++) {
            values[i] = random.nextInt(bound);
        }
    }

    public int next() {
        return values[position++ & (LENGTH - 1)];
    }
}
