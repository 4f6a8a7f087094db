package io.hybriddal.codegen;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Reads annotations by the name of their type, through mirrors, so the processor never loads the
 * annotation classes (and so never meets {@code MirroredTypeException}).
 */
final class Annotations {

    private final Elements elements;

    Annotations(Elements elements) {
        this.elements = elements;
    }

    /** The annotation of type {@code name} on {@code element}, if present. */
    static Optional<AnnotationMirror> find(Element element, String name) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (typeName(mirror).equals(name)) {
                return Optional.of(mirror);
            }
        }
        return Optional.empty();
    }

    static boolean has(Element element, String name) {
        return find(element, name).isPresent();
    }

    static String typeName(AnnotationMirror mirror) {
        return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
    }

    static String simpleName(AnnotationMirror mirror) {
        return mirror.getAnnotationType().asElement().getSimpleName().toString();
    }

    /** The value of {@code attribute}, the annotation's default when not given explicitly. */
    Object value(AnnotationMirror mirror, String attribute) {
        Map<? extends ExecutableElement, ? extends AnnotationValue> values = elements.getElementValuesWithDefaults(mirror);
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : values.entrySet()) {
            if (e.getKey().getSimpleName().contentEquals(attribute)) {
                return e.getValue().getValue();
            }
        }
        throw new IllegalArgumentException("@" + simpleName(mirror) + " has no attribute " + attribute);
    }

    String string(AnnotationMirror mirror, String attribute) {
        return (String) value(mirror, attribute);
    }

    boolean bool(AnnotationMirror mirror, String attribute) {
        return (Boolean) value(mirror, attribute);
    }

    int integer(AnnotationMirror mirror, String attribute) {
        return (Integer) value(mirror, attribute);
    }

    /** Whether {@code mirror}'s annotation type is itself annotated with one of {@code metaNames}. */
    static boolean isMetaAnnotated(AnnotationMirror mirror, String... metaNames) {
        Element type = mirror.getAnnotationType().asElement();
        return List.of(metaNames).stream().anyMatch(meta -> has(type, meta));
    }
}
