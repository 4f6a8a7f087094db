package io.hybriddal.dal;

/** What a committed change did to an object. */
public enum ChangeType {
    CREATED,
    UPDATED,
    DELETED
}
