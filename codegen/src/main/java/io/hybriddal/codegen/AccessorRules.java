package io.hybriddal.codegen;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks which methods hybrid-dal implements: every abstract getter carries exactly one of
 * {@code @Property}, {@code @Relation}, {@code @Backref}; those annotations sit only on abstract
 * getters; abstract setters pair with an annotated getter of the same type and carry nothing;
 * no other method is abstract; member names are distinct.
 */
final class AccessorRules {

    private static final List<String> MEMBER_ANNOTATIONS = List.of(Names.PROPERTY, Names.RELATION, Names.BACKREF);

    private final Elements elements;
    private final Types types;
    private final Reporter reporter;

    AccessorRules(Elements elements, Types types, Reporter reporter) {
        this.elements = elements;
        this.types = types;
        this.reporter = reporter;
    }

    void check(TypeElement hybrid) {
        Map<String, ExecutableElement> names = new HashMap<>();
        for (ExecutableElement m : ModelReader.ownMethods(hybrid)) {
            List<String> found = memberAnnotations(m);
            if (!m.getModifiers().contains(Modifier.ABSTRACT)) {
                if (!found.isEmpty()) {
                    reporter.error(hybrid, m, "@" + simple(found.get(0)) + " is on a method with a body; hybrid-dal "
                            + "implements annotated getters itself: make it abstract, or remove the annotation for a helper");
                }
            } else if (Annotations.has(m, Names.DYNAMIC) && found.isEmpty()) {
                continue; // an abstract dynamic: MemberRules says what is wrong with it
            } else if (isGetterShaped(m)) {
                checkAbstractGetter(hybrid, m, found, names);
            } else if (isSetterShaped(m)) {
                checkSetter(hybrid, m);
            } else {
                reporter.error(hybrid, m, "abstract method that is neither a getter nor a setter; hybrid-dal "
                        + "implements only annotated getters and their setters: give it a body");
            }
        }
    }

    private void checkAbstractGetter(TypeElement hybrid, ExecutableElement m, List<String> found,
                                     Map<String, ExecutableElement> names) {
        Optional<String> property = Names.getterProperty(m);
        if (property.isEmpty()) {
            reporter.error(hybrid, m, "abstract method is not named like a JavaBean getter; "
                    + "name it get<Name>() (or is<Name>() for a boolean), or give it a body");
        } else if (found.size() != 1) {
            String what = found.isEmpty() ? "none" : "@" + simple(found.get(0)) + " and @" + simple(found.get(1));
            reporter.error(hybrid, m, "an abstract getter needs exactly one of @Property, @Relation, @Backref "
                    + "(found " + what + "); annotate it with one, or give it a body for a helper");
        } else {
            ExecutableElement previous = names.putIfAbsent(property.get(), m);
            if (previous != null) {
                reporter.error(hybrid, m, "member name [" + property.get() + "] is already used by "
                        + Names.signature(previous) + "; rename one of them");
            }
        }
    }

    private void checkSetter(TypeElement hybrid, ExecutableElement setter) {
        List<String> found = new ArrayList<>(memberAnnotations(setter));
        if (Annotations.has(setter, Names.DYNAMIC)) {
            found.add(Names.DYNAMIC);
        }
        if (!found.isEmpty()) {
            reporter.error(hybrid, setter, "a setter carries no annotation; move @" + simple(found.get(0)) + " to the getter");
            return;
        }
        String property = Names.setterProperty(setter).orElseThrow();
        Optional<ExecutableElement> getter = annotatedGetter(hybrid, property);
        if (getter.isEmpty()) {
            reporter.error(hybrid, setter, "abstract setter without an annotated abstract getter for [" + property
                    + "]; declare the getter with @Property or @Relation, or give the setter a body");
        } else if (Annotations.has(getter.get(), Names.BACKREF)) {
            reporter.error(hybrid, setter, "[" + property + "] is a @Backref, which is read-only (it lists the objects "
                    + "pointing here); remove the setter and set the relation on the other side");
        } else if (!types.isSameType(getter.get().getReturnType(), setter.getParameters().get(0).asType())) {
            reporter.error(hybrid, setter, "the setter takes " + TypeRenderer.written(setter.getParameters().get(0).asType())
                    + " but " + Names.signature(getter.get()) + " returns " + TypeRenderer.written(getter.get().getReturnType())
                    + "; make the parameter type the getter's type");
        }
    }

    /** The abstract getter for {@code property} with a member annotation, in the hybrid or a superclass. */
    private Optional<ExecutableElement> annotatedGetter(TypeElement hybrid, String property) {
        return ElementFilter.methodsIn(elements.getAllMembers(hybrid)).stream()
                .filter(m -> m.getModifiers().contains(Modifier.ABSTRACT) && isGetterShaped(m))
                .filter(m -> Names.getterProperty(m).filter(property::equals).isPresent())
                .filter(m -> !memberAnnotations(m).isEmpty())
                .findFirst();
    }

    static boolean isGetterShaped(ExecutableElement m) {
        return m.getParameters().isEmpty() && m.getReturnType().getKind() != TypeKind.VOID;
    }

    private static boolean isSetterShaped(ExecutableElement m) {
        return m.getParameters().size() == 1 && m.getReturnType().getKind() == TypeKind.VOID
                && Names.setterProperty(m).isPresent();
    }

    private static List<String> memberAnnotations(ExecutableElement m) {
        return MEMBER_ANNOTATIONS.stream().filter(a -> Annotations.has(m, a)).toList();
    }

    static String simple(String annotationName) {
        return annotationName.substring(annotationName.lastIndexOf('.') + 1);
    }
}
