package io.hybriddal.acceptance.querymodel;

/** Kinds of {@link QueryVolume}, declared in an order that is not alphabetical. */
public enum VolumeKind { THIN, THICK, CLONE }
