package io.hybriddal.dal.internal.model;

import java.lang.reflect.Method;

/** A property or relation of a registered hybrid: one slot of an object's value array. */
public abstract sealed class FieldModel permits PropertyModel, RelationModel {

    private final String name;
    private final int index;
    private final boolean mandatory;
    private final String doc;
    private final Method getter;

    FieldModel(String name, int index, boolean mandatory, String doc, Method getter) {
        this.name = name;
        this.index = index;
        this.mandatory = mandatory;
        this.doc = doc;
        this.getter = getter;
    }

    public final String name() {
        return name;
    }

    /** The slot in the object's value array; also the declaration order. */
    public final int index() {
        return index;
    }

    public final boolean mandatory() {
        return mandatory;
    }

    public final String doc() {
        return doc;
    }

    public final Method getter() {
        return getter;
    }

    @Override
    public String toString() {
        return name;
    }
}
