package io.hybriddal.codegen;

import java.util.List;
import java.util.Map;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * What the processor knows about one hybrid: its own members (declared in it or in non-hybrid
 * classes between it and its base hybrid), in declaration order. Read by {@link ModelReader}
 * from source or class files alike.
 *
 * @param type       the hybrid class
 * @param name       the hybrid name (explicit or the lower-cased simple name)
 * @param doc        {@code @Hybrid(doc)}
 * @param base       the nearest superclass that is a hybrid, or null
 * @param properties {@code @Property} getters
 * @param relations  {@code @Relation} getters
 * @param backrefs   {@code @Backref} getters
 * @param dynamics   {@code @Dynamic} methods
 */
record HybridModel(TypeElement type, String name, String doc, TypeElement base, List<PropertyModel> properties,
                   List<RelationModel> relations, List<BackrefModel> backrefs, List<DynamicModel> dynamics) {

    /** A persistent property; {@code defaultValue} is null when there is none. */
    record PropertyModel(ExecutableElement getter, String name, TypeMirror type, boolean mandatory,
                         String defaultValue, boolean unique, boolean indexed, String doc,
                         List<ConstraintModel> constraints) {
    }

    /** A to-one relation to {@code target} (a declared type; may be invalid until checked). */
    record RelationModel(ExecutableElement getter, String name, TypeMirror target, String backref,
                         boolean mandatory, boolean oneToOne, String doc) {
    }

    /** The reverse side of a relation: {@code name} is the backref name given to the annotation. */
    record BackrefModel(ExecutableElement getter, String name, TypeMirror type, String doc) {
    }

    /** A computed value cached for {@code ttl} seconds. */
    record DynamicModel(ExecutableElement method, String name, TypeMirror type, int ttl, boolean locked, String doc) {
    }

    /** A Bean Validation constraint annotation: its simple name and its explicitly given attributes. */
    record ConstraintModel(String name, Map<String, Object> attributes) {
    }
}
