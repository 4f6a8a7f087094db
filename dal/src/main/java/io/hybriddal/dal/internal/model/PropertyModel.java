package io.hybriddal.dal.internal.model;

import io.hybriddal.dal.internal.model.ValueCodec;
import java.lang.reflect.Method;
import java.util.List;

/** A persistent property: its type, codec, default, and whether it is unique or indexed. */
public final class PropertyModel extends FieldModel {

    private final ValueCodec codec;
    private final Object defaultValue;
    private final boolean unique;
    private final boolean indexed;
    private final List<String> formerly;

    PropertyModel(String name, int index, boolean mandatory, String doc, Method getter, ValueCodec codec,
                  Object defaultValue, boolean unique, boolean indexed, List<String> formerly) {
        super(name, index, mandatory, doc, getter);
        this.codec = codec;
        this.defaultValue = defaultValue;
        this.unique = unique;
        this.indexed = indexed;
        this.formerly = List.copyOf(formerly);
    }

    /** Older stored names of the property, newest first ({@code @Property(formerly)}). */
    public List<String> formerly() {
        return formerly;
    }

    public ValueCodec codec() {
        return codec;
    }

    public ValueType valueType() {
        return codec.type();
    }

    /** The value of new objects (already normalised; never null for primitives). */
    public Object defaultValue() {
        return defaultValue;
    }

    public boolean unique() {
        return unique;
    }

    public boolean indexed() {
        return indexed;
    }

    /** A primitive property always has a value, so it is never missing. */
    public boolean canBeMissing() {
        return !valueType().primitive();
    }
}
