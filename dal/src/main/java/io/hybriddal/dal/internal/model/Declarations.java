package io.hybriddal.dal.internal.model;

import io.hybriddal.dal.Backref;
import io.hybriddal.dal.Dynamic;
import io.hybriddal.dal.Property;
import io.hybriddal.dal.Relation;
import java.lang.reflect.Method;
import java.util.List;

/**
 * What a hybrid class declares (with its hybrid superclasses), before the registry resolves
 * relations: the generated proxy depends only on this, so it can be shared by every Dal.
 *
 * @param fields    properties and relations in declaration order; the index in this list is the
 *                  field's slot in an object's value array
 * @param backrefs  backref getters in declaration order
 * @param dynamics  dynamic getters in declaration order
 */
public record Declarations(Class<?> type, List<FieldDecl> fields, List<BackrefDecl> backrefs, List<DynamicDecl> dynamics) {

    /** A property ({@code property != null}) or a relation ({@code relation != null}). */
    public record FieldDecl(String name, Method getter, Method setter, Property property, Relation relation, ValueType valueType) {
        public boolean isRelation() {
            return relation != null;
        }
    }

    public record BackrefDecl(String name, Method getter, Backref backref) {
    }

    public record DynamicDecl(String name, Method method, Dynamic dynamic, ValueType valueType) {
    }

    /** The slot of the field named {@code name}, or -1. */
    public int fieldIndex(String name) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
