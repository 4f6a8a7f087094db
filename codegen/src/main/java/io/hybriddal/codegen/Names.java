package io.hybriddal.codegen;

import io.hybriddal.dal.HybridIndex;
import io.hybriddal.dal.Property;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeKind;

/**
 * Names the processor depends on, and the JavaBean naming rules. Annotation types are named by
 * string so that the processor needs nothing but the JDK at run time; the two API constants used
 * here are compile-time constants, which javac inlines.
 */
final class Names {

    static final String HYBRID = "io.hybriddal.dal.Hybrid";
    static final String PROPERTY = "io.hybriddal.dal.Property";
    static final String RELATION = "io.hybriddal.dal.Relation";
    static final String BACKREF = "io.hybriddal.dal.Backref";
    static final String DYNAMIC = "io.hybriddal.dal.Dynamic";
    static final String DATA_OBJECT = "io.hybriddal.dal.DataObject";
    static final String DATA_LIST = "io.hybriddal.dal.DataList";
    static final String PROPERTY_PATH = "io.hybriddal.dal.PropertyPath";
    static final String RELATION_PATH = "io.hybriddal.dal.RelationPath";

    /** Meta-annotations marking Bean Validation constraints (Jakarta first; javax for older models). */
    static final String[] CONSTRAINT_MARKERS = {"jakarta.validation.Constraint", "javax.validation.Constraint"};

    /** The value of {@code Property.defaultValue()} that means "no default" (inlined constant). */
    static final String NO_DEFAULT = Property.NO_DEFAULT;

    /** Where the hybrid index goes (inlined constant). */
    static final String INDEX_RESOURCE = HybridIndex.RESOURCE;

    static final String MODEL_RESOURCE = "META-INF/hybrid-dal/model.json";

    static final Pattern HYBRID_NAME = Pattern.compile("[a-z][a-z0-9_]*");

    private Names() {
    }

    /** The default hybrid name: the simple class name in lower case. */
    static String defaultHybridName(String simpleName) {
        return simpleName.toLowerCase(Locale.ROOT);
    }

    /**
     * The JavaBean property name of a getter ({@code getVolumeId} → {@code volumeId}, {@code isOnline}
     * returning {@code boolean} → {@code online}), or empty when the name is not a getter name.
     */
    static Optional<String> getterProperty(ExecutableElement method) {
        String name = method.getSimpleName().toString();
        if (isPrefixed(name, "get")) {
            return Optional.of(decapitalize(name.substring(3)));
        }
        if (isPrefixed(name, "is") && method.getReturnType().getKind() == TypeKind.BOOLEAN) {
            return Optional.of(decapitalize(name.substring(2)));
        }
        return Optional.empty();
    }

    /** The property a setter name sets ({@code setVolumeId} → {@code volumeId}), or empty. */
    static Optional<String> setterProperty(ExecutableElement method) {
        String name = method.getSimpleName().toString();
        return isPrefixed(name, "set") ? Optional.of(decapitalize(name.substring(3))) : Optional.empty();
    }

    /** The name a dynamic is known by: its bean name when it is named like a getter, else the method name. */
    static String dynamicName(ExecutableElement method) {
        return getterProperty(method).orElse(method.getSimpleName().toString());
    }

    private static boolean isPrefixed(String name, String prefix) {
        return name.length() > prefix.length() && name.startsWith(prefix)
                && Character.isUpperCase(name.charAt(prefix.length()));
    }

    /** As {@code java.beans.Introspector.decapitalize}: "URL" stays "URL", "Size" becomes "size". */
    static String decapitalize(String name) {
        if (name.length() > 1 && Character.isUpperCase(name.charAt(1)) && Character.isUpperCase(name.charAt(0))) {
            return name;
        }
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    /** A short, readable signature for messages: {@code getSize()}, {@code setSize(long)}. */
    static String signature(ExecutableElement method) {
        StringBuilder sb = new StringBuilder(method.getSimpleName()).append('(');
        for (int i = 0; i < method.getParameters().size(); i++) {
            sb.append(i > 0 ? ", " : "").append(TypeRenderer.written(method.getParameters().get(i).asType()));
        }
        return sb.append(')').toString();
    }
}
