package io.hybriddal.dal;

/** Sort direction of a query key. */
public enum Order {
    ASC,
    DESC
}
