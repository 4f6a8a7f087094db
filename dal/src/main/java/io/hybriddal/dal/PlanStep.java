package io.hybriddal.dal;

import java.util.Map;

/**
 * One step of a {@link Plan}: a create, update or delete of one object, with the members it
 * changes. Immutable and thread-safe.
 */
public interface PlanStep {

    /** CREATE, UPDATE or DELETE. */
    PlanAction action();

    /** The hybrid's name. */
    String hybrid();

    /** The guid of the object (for a CREATE, the guid it will be stored under). */
    String guid();

    /**
     * The members that differ, in declaration order, by name: for a CREATE those the design sets,
     * for a DELETE every stored member with a value.
     */
    Map<String, Change> changes();

    /** "create vpool 3f2a...", for messages. */
    String describe();
}
