package io.hybriddal.sample;

/** The storage system the volumes live on, as the dynamics ask it. */
public interface StorageSystem {

    long usedBytes(String volume);
}
