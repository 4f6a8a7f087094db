package io.hybriddal.acceptance.model;

/** A record property type of {@link TestDisk}: records of allowed types are allowed (Jackson-mapped). */
public record DiskGeometry(int heads, long sectors, String vendor) {
}
