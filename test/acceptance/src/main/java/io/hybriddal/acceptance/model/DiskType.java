package io.hybriddal.acceptance.model;

/** An enum property type of {@link TestDisk}. */
public enum DiskType {
    HDD, SSD, NVME
}
