package io.hybriddal.dal.internal.model;

import java.lang.reflect.Method;

/**
 * The reverse side of a relation, as seen from its target: the objects of {@code relation.owner()}
 * pointing at an object of this hybrid. Declared backrefs have a getter; every relation pointing
 * here has a backref, declared or not (delete checks them all).
 *
 * @param name     the backref name
 * @param index    the slot among the declared backref getters, or -1 when not declared
 * @param getter   the {@code @Backref} getter, or null
 * @param relation the relation it reverses
 */
public record BackrefModel(String name, int index, Method getter, RelationModel relation) {

    /** The hybrid whose objects are listed. */
    public HybridModel source() {
        return relation.owner();
    }

    public boolean oneToOne() {
        return relation.oneToOne();
    }
}
