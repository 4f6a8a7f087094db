package io.hybriddal.dal.internal.model;

import java.lang.reflect.Method;

/** A to-one relation, stored as the target's guid. Its target is resolved by the registry. */
public final class RelationModel extends FieldModel {

    private final Class<?> declaredType;
    private final String backref;
    private final boolean oneToOne;
    private HybridModel owner;
    private HybridModel target;

    RelationModel(String name, int index, boolean mandatory, String doc, Method getter, Class<?> declaredType,
                  String backref, boolean oneToOne) {
        super(name, index, mandatory, doc, getter);
        this.declaredType = declaredType;
        this.backref = backref;
        this.oneToOne = oneToOne;
    }

    void resolve(HybridModel owner, HybridModel target) {
        this.owner = owner;
        this.target = target;
    }

    public Class<?> declaredType() {
        return declaredType;
    }

    /** The name of the reverse list on the target. */
    public String backref() {
        return backref;
    }

    public boolean oneToOne() {
        return oneToOne;
    }

    /** The hybrid declaring this relation. */
    public HybridModel owner() {
        return owner;
    }

    /** The hybrid it points at (the registered extension when there is one). */
    public HybridModel target() {
        return target;
    }
}
