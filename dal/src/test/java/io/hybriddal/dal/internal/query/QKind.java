package io.hybriddal.dal.internal.query;

/** Disk kinds of the query test model, declared in an order that is not alphabetical. */
public enum QKind { SSD, HDD, NVME }
