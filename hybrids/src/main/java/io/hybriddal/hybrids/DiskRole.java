package io.hybriddal.hybrids;

/** What a disk partition is used for on a storage router (a partition may have several roles). */
public enum DiskRole {
    /** Metadata and distributed databases (Arakoon, MDS). */
    DB,
    /** The write buffer of volume drivers (SCO cache, transaction logs). */
    WRITE,
    /** Scratch space for scrubbing. */
    SCRUB,
    /** Capacity given to a backend (ASD). */
    BACKEND
}
